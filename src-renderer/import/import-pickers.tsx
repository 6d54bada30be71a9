import { createContext, useContext, useRef, type ReactNode } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { ARTICLE_ACCEPT, fileToUpload, folderFilesToUploads } from './read-files'

type Pick = (kind: 'files' | 'folder') => void

const PickContext = createContext<Pick>(() => undefined)

/** Import files…/Import folder… from anywhere in the window (menu, empty state). */
export const useImportPick = (): Pick => useContext(PickContext)

/**
 * Native dialogs in Electron; in the browser, two hidden file inputs (files, and a folder
 * with `webkitdirectory`) rendered once for the whole window.
 */
export function ImportPickersProvider({ children }: { readonly children: ReactNode }) {
  const host = useAppState((state) => state.session?.host)
  const { imports } = useCommands()
  const filesInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)

  const pick: Pick = (kind) => {
    if (host === 'electron') {
      void imports.importPicked(kind)
      return
    }
    const input = kind === 'files' ? filesInput.current : folderInput.current
    input?.click()
  }

  const take = (input: HTMLInputElement, folder: boolean) => {
    const files = [...(input.files ?? [])]
    // Cleared so that choosing the same files again still fires `change`.
    input.value = ''
    const uploads = folder ? folderFilesToUploads(files) : files.map((file) => fileToUpload(file))
    void imports.importUploads(uploads)
  }

  return (
    <PickContext.Provider value={pick}>
      {children}
      {host !== 'electron' && (
        <>
          <input
            ref={filesInput}
            type="file"
            multiple
            accept={ARTICLE_ACCEPT}
            hidden
            data-testid="import-files-input"
            onChange={(event) => take(event.currentTarget, false)}
          />
          <input
            ref={(element) => {
              folderInput.current = element
              element?.setAttribute('webkitdirectory', '')
            }}
            type="file"
            multiple
            hidden
            data-testid="import-folder-input"
            onChange={(event) => take(event.currentTarget, true)}
          />
        </>
      )}
    </PickContext.Provider>
  )
}
