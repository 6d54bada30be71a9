import { safeFileStem } from '../files/file-names'

/**
 * The stem export files are named after: the project name made safe on every OS (see
 * `safeFileStem`), or `gloss-export` when nothing usable is left.
 */
export const exportStem = (projectName: string): string => safeFileStem(projectName, 'gloss-export')
