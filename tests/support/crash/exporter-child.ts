// A child of the export crash test (export-crash.test.ts), bundled by build-children.ts:
// writes a large export with the CLI's writer, printing `writing` as it starts and `done`
// when it is in place, unless it is killed in between.
import { writeExportOutput } from '../../../src-main/cli/write-export-output'
import { awaitGo, giveUp, tell } from './child-protocol'
import { exportDataset, type ExportGo } from './export-dataset'

const go = await awaitGo<ExportGo>()
const files = exportDataset(go)
tell('writing')
await writeExportOutput(go.format, files, go.out).catch(giveUp)
tell('done')
