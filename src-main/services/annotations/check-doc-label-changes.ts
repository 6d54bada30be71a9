import { docLabelChangeProblem } from '../../core/doc-labels/check-doc-label-changes'
import { GlossFailure } from '../../core/failure'
import type { ProjectFile } from '../../core/project/project'
import type { SpanChangeSet } from '../../core/spans/span'
import type { ProjectStore } from '../project/project-store'

/** Every document label a change set sets must be a category and value of the project. */
export async function checkDocLabelChanges(
  store: ProjectStore,
  changes: SpanChangeSet,
): Promise<void> {
  if (changes.docLabels === undefined || changes.docLabels.length === 0) return
  checkDocLabelChangesIn(await store.readProject(), changes)
}

/** `checkDocLabelChanges` for a caller that has read the project already. */
export function checkDocLabelChangesIn(project: ProjectFile, changes: SpanChangeSet): void {
  const categories = project.docLabels ?? []
  for (const change of changes.docLabels ?? []) {
    const problem = docLabelChangeProblem(categories, change)
    if (problem === null) continue
    throw new GlossFailure({
      code: 'invalid-input',
      message: problem,
      hint: 'Reload the project (its document labels may have changed in Settings) and set the label again.',
    })
  }
}
