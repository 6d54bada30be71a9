import { DEFAULT_LABELS } from '../labels/label'
import type { ProjectFile } from './project'

/** The `gloss.json` of a new project: the default labels, word snapping on. */
export function defaultProjectFile(name: string): ProjectFile {
  const trimmed = name.trim()
  return {
    version: 1,
    name: trimmed === '' ? 'Gloss project' : trimmed,
    labels: DEFAULT_LABELS.map((label) => ({ ...label })),
    settings: { snapToWords: true },
  }
}
