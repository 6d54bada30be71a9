import { createClient } from './api/create-client'
import { mountWorkbench } from './app/mount-workbench'
import { initialAppState } from './state/app-state'
import { createCommands } from './state/commands'
import { createStore } from './state/create-store'
import { startDiskPolling } from './state/disk-polling'
import './styles/all-styles'

const store = createStore(initialAppState)
const commands = createCommands({ store, client: createClient() })

mountWorkbench({ store, commands })
// Where the disk's news starts is taken before loading, so nothing in between is missed.
void commands.disk.poll().then(() => commands.session.loadSession())
void commands.comfort.load()
startDiskPolling(commands.disk.poll)
