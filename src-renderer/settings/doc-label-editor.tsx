import type { DocLabelCategory } from '@core/doc-labels/doc-label'
import { formatValueList, parseValueList } from '@core/doc-labels/value-list'
import { labelIdFromName } from '@core/labels/label-set'
import { useState } from 'react'

import { useAppState, useCommands } from '../state/use-store'

const NONE: readonly DocLabelCategory[] = []

interface CategoryRowProps {
  readonly category: DocLabelCategory
  readonly onChange: (category: DocLabelCategory) => void
  readonly onRemove: () => void
}

// Values are committed when the field is left, so a half-typed list is never saved.
function CategoryRow({ category, onChange, onRemove }: CategoryRowProps) {
  const [values, setValues] = useState(formatValueList(category.values))
  const commit = () => {
    const parsed = parseValueList(values)
    if (parsed.length > 0 && formatValueList(parsed) !== formatValueList(category.values)) {
      onChange({ ...category, values: parsed })
    } else setValues(formatValueList(category.values))
  }
  return (
    <li>
      <span className="doc-label-name" title={category.description || undefined}>
        {category.name}
      </span>
      <input
        aria-label={`Values of ${category.name}`}
        value={values}
        onChange={(event) => setValues(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit()
        }}
      />
      <button type="button" onClick={onRemove} aria-label={`Remove ${category.name}`}>
        Remove
      </button>
    </li>
  )
}

/**
 * The project's document label categories (topic, relevance…): one value per document and
 * category. Removing a category leaves the values already set in the files (exports skip them).
 */
export function DocLabelEditor() {
  const categories = useAppState((state) => state.session?.project?.docLabels ?? NONE)
  const { docLabels } = useCommands()
  const [name, setName] = useState('')
  const [values, setValues] = useState('')
  const [description, setDescription] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const save = async (next: readonly DocLabelCategory[]) => {
    setProblem(null)
    return docLabels.saveCategories(next)
  }
  const add = async () => {
    const trimmed = name.trim()
    const parsed = parseValueList(values)
    if (trimmed === '') return setProblem('Give the category a name.')
    if (parsed.length === 0) return setProblem('List its values, separated by commas.')
    const category: DocLabelCategory = {
      id: labelIdFromName(
        trimmed,
        categories.map((item) => item.id),
      ),
      name: trimmed,
      values: parsed,
      description: description.trim(),
    }
    if (await save([...categories, category])) {
      setName('')
      setValues('')
      setDescription('')
    }
  }

  return (
    <div className="doc-label-editor">
      {categories.length > 0 && (
        <ul aria-label="Document label categories">
          {categories.map((category, index) => (
            <CategoryRow
              key={category.id}
              category={category}
              onChange={(changed) =>
                void save(categories.map((old, at) => (at === index ? changed : old)))
              }
              onRemove={() => void save(categories.filter((_, at) => at !== index))}
            />
          ))}
        </ul>
      )}
      <form
        className="add-label"
        aria-label="Add a document label category"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <input
          aria-label="New category name"
          placeholder="Category, e.g. Topic"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <input
          aria-label="New category values"
          placeholder="Values, e.g. Politics, Economy"
          value={values}
          onChange={(event) => setValues(event.target.value)}
        />
        <input
          aria-label="New category description"
          placeholder="Description (optional)"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <button type="submit">Add category</button>
      </form>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="hint">
        One value per document and category (no multiple choice). In the annotate view, click a
        value or press Shift+1…9 to step the first nine categories through their values.
      </p>
    </div>
  )
}
