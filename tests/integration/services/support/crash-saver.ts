// The child process of the crash test (crash-safety.test.ts): saves the fixed sequence of
// edits from a given number on, through the real save path, and prints `ack <n>` once edit
// n is saved. Logs edits from the first save on and folds every few, so a kill lands in
// appends, folds and whole rewrites alike. Runs until it is killed.
import { saveSpanChanges } from '../../../../src-main/services/annotations/span-edits'
import { openProjectStore } from '../../../../src-main/services/project/project-store'
import { createJsonFiles } from '../../../../src-main/services/storage/json-file'
import { crashEdit } from './crash-ops'

const [project, annotator, docId, from] = process.argv.slice(2)
if (project === undefined || annotator === undefined || docId === undefined) {
  throw new Error('usage: crash-saver <project> <annotator> <docId> <first edit>')
}
const files = createJsonFiles({
  editLog: { fromBytes: 0, foldEdits: 5, foldBytes: 1024 * 1024, idleMs: 0 },
})
const store = await openProjectStore(project, { create: false, files })
for (let n = Number(from); ; n++) {
  const current = await store.readAnnotations(annotator, docId)
  await saveSpanChanges(store, annotator, docId, crashEdit(n, current?.spans ?? []))
  process.stdout.write(`ack ${n}\n`)
}
