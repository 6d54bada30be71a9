import type { DocLabelCategory } from '../doc-labels/doc-label'
import { namedDocLabels } from '../doc-labels/named-doc-labels'
import type { ExportLayer, ExportOptions } from './dataset'

// Document labels in the other tools' formats (native JSONL: jsonl-doc-labels.ts). Every
// helper gives nothing for a project without categories, so its exports stay as they were.

const hasCategories = (options: ExportOptions): boolean => (options.docLabels ?? []).length > 0

/** A flat class name for tools with one list of classes: "Topic: Economy". */
export const docLabelClass = (category: string, value: string): string => `${category}: ${value}`

/** doccano's `cats` (its text-classification labels beside the spans): the layer's classes. */
export function doccanoCats(
  layer: ExportLayer | null,
  options: ExportOptions,
): { cats?: string[] } {
  if (!hasCategories(options)) return {}
  const named = namedDocLabels(layer?.docLabels, options.docLabels ?? [])
  return { cats: Object.entries(named).map(([category, value]) => docLabelClass(category, value)) }
}

/**
 * spaCy's `cats` (`Doc.cats`, textcat_multilabel): for every category the layer gave a
 * value, each of the category's values as a class, 1 for the chosen one and 0 for the rest.
 * A category without a value is left out (unknown, not "none of them").
 */
export function spacyCats(
  layer: ExportLayer | null,
  options: ExportOptions,
): { cats?: Record<string, number> } {
  if (!hasCategories(options)) return {}
  const cats: Record<string, number> = {}
  for (const category of options.docLabels ?? []) {
    const chosen = layer?.docLabels?.[category.id]
    if (chosen === undefined) continue
    for (const value of category.values) {
      cats[docLabelClass(category.name, value)] = value === chosen ? 1 : 0
    }
  }
  return { cats }
}

/** The Label Studio control name of a category: `doc_<id>`, beside the spans' `label`. */
export const controlName = (category: DocLabelCategory): string => `doc_${category.id}`

/**
 * Label Studio `choices` results, one per category the layer gave a value (of the project's
 * categories: the config has a control for those only).
 */
export function labelStudioChoices(layer: ExportLayer, options: ExportOptions): object[] {
  return (options.docLabels ?? []).flatMap((category) => {
    const value = layer.docLabels?.[category.id]
    if (value === undefined) return []
    return [
      {
        id: `${controlName(category)}`,
        from_name: controlName(category),
        to_name: 'text',
        type: 'choices',
        value: { choices: [value] },
      },
    ]
  })
}
