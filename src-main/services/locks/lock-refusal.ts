import { GlossFailure } from '../../core/failure'
import { GOLD } from '../export/select-dataset'
import type { LockHolder } from './lock-holder'

/** "Gloss browser host (pid 4242 on laptop-7, since 2026-05-01T09:30:00.000Z)". */
export const describeHolder = (holder: LockHolder): string =>
  `${holder.program} (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt})`

const layerWords = (root: string, layer: string): string =>
  layer === GOLD
    ? `The gold set (annotations/${GOLD}) of ${root} is`
    : `The annotations of ${layer} in ${root} are`

/** A second writer of a layer, refused: who holds it, and what to do. */
export function layerRefusal(
  root: string,
  layer: string,
  holder: LockHolder | null,
  lockFile: string,
): GlossFailure {
  if (holder === null) {
    return new GlossFailure({
      code: 'conflict',
      message: `${layerWords(root, layer)} being taken by another program at this moment.`,
      file: lockFile,
      hint: 'Try again in a few seconds.',
    })
  }
  return new GlossFailure({
    code: 'conflict',
    message: `${layerWords(root, layer)} already being written by ${describeHolder(holder)}.`,
    file: lockFile,
    hint: `Only one program may write a layer at a time. Close that Gloss window or let that command finish, then try again, or work under another annotator name. If it is no longer running on ${holder.hostname}, delete ${lockFile}.`,
  })
}

/** The shared files stayed locked longer than a read-modify-write ever takes. */
export function sharedFilesTimeout(
  file: string,
  holder: LockHolder | null,
  waitedMs: number,
  lockFile: string,
): GlossFailure {
  const who = holder === null ? 'another program' : describeHolder(holder)
  const gone =
    holder === null
      ? `${lockFile} stays`
      : `${holder.program} is no longer running on ${holder.hostname}`
  return new GlossFailure({
    code: 'conflict',
    message: `Gloss could not update ${file}: ${who} has been updating this project's shared files for over ${Math.round(waitedMs / 1000)} s.`,
    file: lockFile,
    hint: `Nothing was changed. Try again when it has finished. If ${gone}, delete ${lockFile}.`,
  })
}
