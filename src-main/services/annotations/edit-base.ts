import { GlossFailure } from '../../core/failure'
import type { DocumentEntry } from '../../core/project/project'
import type { AnnotationFile } from '../../core/spans/span'

/**
 * Refuses an edit made on the version `base` (an `updatedAt`) when the file holds another:
 * a sync, `git pull`/`checkout` or another program wrote it since the analyst's version was
 * read, and saving on top would change their version unasked. Every Gloss save stamps
 * `updatedAt` anew (an absent file counts as the document's `added`), so a different stamp
 * means a different writer's version; `undefined` (the CLI, older callers) checks nothing.
 */
export function checkEditBase(
  path: string,
  entry: DocumentEntry,
  current: AnnotationFile | null,
  base: string | undefined,
): void {
  if (base === undefined) return
  const onDisk = current?.updatedAt ?? entry.added
  if (onDisk === base) return
  throw new GlossFailure({
    code: 'changed-on-disk',
    message: `${path} changed on disk (another program, a sync or git wrote it) after this document was opened, so your edit was not saved over it.`,
    file: path,
    hint: 'Keep your version (the one on disk is kept as a backup) or take the one on disk (yours is kept as a backup).',
  })
}
