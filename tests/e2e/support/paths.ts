import { fileURLToPath } from 'node:url'

/** The repository root; hosts and the app are started from here. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))
