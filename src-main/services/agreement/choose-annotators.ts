import { GlossFailure } from '../../core/failure'
import type { ProjectStore } from '../project/project-store'

/**
 * The annotators to compare: every annotator in the project (gold excluded) when `given` is
 * absent, else those named, in the order given, repeats dropped. A name must have annotations
 * in the project (`_gold` may be named once a gold set exists); otherwise `invalid-input`.
 */
export async function chooseAnnotators(
  store: ProjectStore,
  given: readonly string[] | undefined,
): Promise<{ readonly chosen: string[]; readonly available: string[] }> {
  const available = await store.listAnnotators()
  if (given === undefined) return { chosen: available, available }
  const chosen = [...new Set(given)]
  for (const name of chosen) {
    if (available.includes(name)) continue
    if ((await store.listAnnotatedDocIds(name)).length > 0) continue
    throw new GlossFailure({
      code: 'invalid-input',
      message: `This project has no annotations by "${name}".`,
      hint:
        available.length > 0
          ? `Annotators in this project: ${available.join(', ')}.`
          : 'Nobody has annotated in this project yet.',
    })
  }
  return { chosen, available }
}
