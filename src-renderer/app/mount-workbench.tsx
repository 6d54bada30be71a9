import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { WorkbenchContext, type Workbench } from '../state/use-store'
import { App } from './app'

/** Renders the whole window into the page's `#root` over `workbench` (store and commands). */
export function mountWorkbench(workbench: Workbench): void {
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root')
  createRoot(container).render(
    <StrictMode>
      <WorkbenchContext.Provider value={workbench}>
        <App />
      </WorkbenchContext.Provider>
    </StrictMode>,
  )
}
