import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const CHILD = join(import.meta.dirname, 'cold-list.ts')

export interface ColdList {
  readonly ms: number
  readonly documents: number
  readonly unresolvedComments: number
}

/**
 * Opens the project and lists its documents in a fresh process, `runs` times one after
 * another: truly cold (no file read, no code compiled yet), as when the app starts.
 */
export async function coldLists(
  project: string,
  annotator: string,
  dataDir: string,
  runs: number,
): Promise<ColdList[]> {
  const lists: ColdList[] = []
  for (let n = 0; n < runs; n++) {
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      CHILD,
      project,
      annotator,
      dataDir,
    ])
    lists.push(JSON.parse(stdout) as ColdList)
  }
  return lists
}
