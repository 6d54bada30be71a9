import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { createClient } from './api/create-client'
import { App } from './app/app'
import { initialAppState } from './state/app-state'
import { createCommands } from './state/commands'
import { createStore } from './state/create-store'
import { startDiskPolling } from './state/disk-polling'
import { WorkbenchContext } from './state/use-store'
import './styles/base.css'
import './styles/layout.css'
import './styles/text-view.css'
import './styles/document-pane.css'
import './styles/side-panel.css'
import './styles/comments.css'
import './styles/forms.css'
import './styles/dialogs.css'
import './styles/data-dialogs.css'
import './styles/review.css'
import './styles/gold-compare.css'
import './styles/merge.css'
import './styles/agreement.css'

const store = createStore(initialAppState)
const commands = createCommands({ store, client: createClient() })

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')
createRoot(container).render(
  <StrictMode>
    <WorkbenchContext.Provider value={{ store, commands }}>
      <App />
    </WorkbenchContext.Provider>
  </StrictMode>,
)
// Where the disk's news starts is taken before loading, so nothing in between is missed.
void commands.disk.poll().then(() => commands.session.loadSession())
startDiskPolling(commands.disk.poll)
