// A child process of the two-writers test (two-writers.test.ts): adds `count` articles to the
// project's index and as many labels to its gloss.json, one at a time, through the real paths:
// `api` imports each article as the app does (the contract's importUploads), `cli` runs
// `gloss import` for each. Labels go through the store's updateProject (a read-modify-write).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { runCli } from '../../../../src-main/cli/run-cli'
import { dispatch } from '../../../../src-main/contract/dispatch'
import { openAppState } from '../../../../src-main/services/app-state'
import { createHandlers } from '../../../../src-main/services/handlers'
import { openProjectStore } from '../../../../src-main/services/project/project-store'
import { sharedLabel, sharedArticle } from './shared-entries'

const LABELS_PER_ARTICLE = 4
const [mode, project, dataDir, prefix, count] = process.argv.slice(2)
if (project === undefined || dataDir === undefined || prefix === undefined) {
  throw new Error('usage: shared-writer api|cli <project> <data dir> <prefix> <count>')
}

const store = await openProjectStore(project, { create: false })
const scratch = await mkdtemp(join(tmpdir(), 'gloss-writer-'))
const handlers = createHandlers({
  ports: { host: 'web' },
  appState: await openAppState(dataDir),
  annotator: `writer-${prefix}`,
})
if (mode === 'api') await dispatch(handlers, 'openProject', { path: project, create: false })

const quiet = { stdout: () => undefined, stderr: (line: string) => console.error(line) }
for (let n = 0; n < Number(count); n++) {
  const { name, text } = sharedArticle(prefix, n)
  if (mode === 'api') {
    const base64 = Buffer.from(text).toString('base64')
    const result = await dispatch(handlers, 'importUploads', { files: [{ name, base64 }] })
    if (!result.ok) throw new Error(result.error.message)
  } else {
    await writeFile(join(scratch, name), text)
    const code = await runCli(['import', project, join(scratch, name)], quiet)
    if (code !== 0) throw new Error(`gloss import exited ${code}`)
  }
  // Several labels per article, back to back: the two writers' updates overlap all the time.
  for (let k = 0; k < LABELS_PER_ARTICLE; k++) {
    await store.updateProject((current) => ({
      ...current,
      labels: [...current.labels, sharedLabel(prefix, n * LABELS_PER_ARTICLE + k)],
    }))
  }
}
await rm(scratch, { recursive: true, force: true })
process.stdout.write('done\n')
