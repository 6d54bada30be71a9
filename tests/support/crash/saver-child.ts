// A child of the crash harness (kill-harness.ts), bundled by build-children.ts: opens the
// project through the services and saves span edits to each document with several saves in
// flight, printing `sent <doc> <n> create|relabel <k>` before a save and `ack <doc> <n>` once
// it resolved, until it is killed. Edits go to edit logs from the first save and fold every
// few, so kills land in appends, folds and whole rewrites alike.
import { saveSpanChanges } from '../../../src-main/services/annotations/span-edits'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { createJsonFiles } from '../../../src-main/services/storage/json-file'
import { awaitGo, giveUp, tell, type SaverGo } from './child-protocol'
import { changesOf, createEditPicker } from './crash-edits'

const go = await awaitGo<SaverGo>()
const files = createJsonFiles({
  editLog: { fromBytes: 0, foldEdits: 5, foldBytes: 1024 * 1024, idleMs: 0 },
})
const store = await openProjectStore(go.project, { create: false, files }).catch(giveUp)

go.docs.forEach(({ docId, from }, doc) => {
  const picker = createEditPicker(from)
  const saveForever = async (): Promise<never> => {
    for (;;) {
      const edit = picker.pick()
      tell(`sent ${doc} ${edit.n} ${edit.kind}${edit.kind === 'relabel' ? ` ${edit.target}` : ''}`)
      await saveSpanChanges(store, go.annotator, docId, changesOf(edit))
      picker.acknowledged(edit)
      tell(`ack ${doc} ${edit.n}`)
    }
  }
  for (let i = 0; i < go.inFlight; i++) saveForever().catch(giveUp)
})
