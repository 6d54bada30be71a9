import { dirname } from 'node:path'

import { GlossFailure } from '../../core/failure'

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? ''

const KEEP = 'Nothing already saved was changed.'

/**
 * Turns a failed write of `file` into a failure the analyst can act on. Errors that are not
 * about the file system (bugs) are returned unchanged so they surface as internal errors.
 */
export function writeFailure(file: string, error: unknown): unknown {
  if (error instanceof GlossFailure) return error
  const code = codeOf(error)
  const because = WRITE_REASONS[code]
  if (because === undefined) return error
  return new GlossFailure({
    code: 'unwritable',
    message: `Gloss could not save ${file}: ${because.reason}.`,
    file,
    hint: `${because.hint(file)} ${KEEP}`,
  })
}

interface WriteReason {
  readonly reason: string
  readonly hint: (file: string) => string
}

const permission: WriteReason = {
  reason: 'permission denied',
  hint: (file) => `Make the folder ${dirname(file)} writable for your user, then try again.`,
}

const WRITE_REASONS: Readonly<Record<string, WriteReason>> = {
  EACCES: permission,
  EPERM: permission,
  EROFS: {
    reason: 'the drive is read-only',
    hint: () => 'Copy the project to a writable drive and open it from there.',
  },
  ENOSPC: {
    reason: 'the disk is full',
    hint: () => 'Free some disk space, then try again.',
  },
  EDQUOT: {
    reason: 'your disk quota is used up',
    hint: () => 'Free some space in your quota, then try again.',
  },
  ENOENT: {
    reason: 'its folder no longer exists',
    hint: (file) =>
      `The folder ${dirname(file)} was moved, deleted or unmounted; reopen the project.`,
  },
  ENOTDIR: {
    reason: 'part of its path is a file, not a folder',
    hint: (file) => `Check the path ${dirname(file)}.`,
  },
  EISDIR: {
    reason: 'a folder has that name',
    hint: () => 'Move the folder aside, then try again.',
  },
  EBUSY: {
    reason: 'another program holds the file open',
    hint: () => 'Close the program that uses it (antivirus or sync clients often do), then retry.',
  },
}

/** A file that exists but cannot be read or understood; Gloss never writes over it. */
export function unreadableFile(file: string, why: string): GlossFailure {
  return new GlossFailure({
    code: 'unreadable-file',
    message: `Gloss cannot read ${file}: ${why}.`,
    file,
    hint: 'Fix it or move it aside; Gloss will not overwrite it.',
  })
}

/** Describes a failed read in words, e.g. "permission denied". */
export function readErrorReason(error: unknown): string {
  const code = codeOf(error)
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a folder, not a file'
  if (code === 'EIO') return 'the drive reported an input/output error'
  return error instanceof Error ? error.message : String(error)
}
