import packageJson from '../../package.json'
import { DEFAULT_LABELS } from '../../src-main/core/labels/label'
import { mountWorkbench } from '../../src-renderer/app/mount-workbench'
import { initialAppState } from '../../src-renderer/state/app-state'
import { createCommands } from '../../src-renderer/state/commands'
import { createStore } from '../../src-renderer/state/create-store'
import '../../src-renderer/styles/all-styles'
import { installPaintProbe } from '../ui/paint-probe'
import { createBenchApi } from './bench-api'
import { createMemoryClient } from './memory-client'

// The real window (the same store, commands and components as src-renderer/main.tsx) over a
// transport that answers from memory, so a harness can load any text and spans.
installPaintProbe()
const probe = window.glossProbe
if (!probe) throw new Error('the paint probe did not install')
const memory = createMemoryClient()
const store = createStore(initialAppState)
const commands = createCommands({ store, client: memory.client })

mountWorkbench({ store, commands })
window.bench = createBenchApi({
  store,
  commands,
  memory,
  probe,
  labels: DEFAULT_LABELS,
  version: packageJson.version,
})
void commands.session.loadSession()
