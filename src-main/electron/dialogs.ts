import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron'

import type { ShellPorts } from '../services/shell-ports'

const ARTICLE_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md'] },
  { name: 'All files', extensions: ['*'] },
]

/** The native dialogs the services may ask for, attached to our window when it exists. */
export function createShellPorts(getWindow: () => BrowserWindow | null): ShellPorts {
  const open = async (options: OpenDialogOptions): Promise<readonly string[]> => {
    const window = getWindow()
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  }

  return {
    host: 'electron',
    pickFolder: async (purpose) => {
      const [folder] = await open({
        title: purpose === 'new' ? 'New project folder' : 'Open project folder',
        buttonLabel: purpose === 'new' ? 'Create project here' : 'Open project',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      })
      return folder ?? null
    },
    pickPaths: (kind) =>
      kind === 'files'
        ? open({
            title: 'Import article files',
            buttonLabel: 'Import',
            filters: ARTICLE_FILTERS,
            properties: ['openFile', 'multiSelections'],
          })
        : open({
            title: 'Import a folder of articles',
            buttonLabel: 'Import folder',
            properties: ['openDirectory'],
          }),
    pickSavePath: async (suggestedName) => {
      const options = {
        title: 'Export dataset',
        defaultPath: suggestedName,
        filters: [{ name: 'JSON Lines', extensions: ['jsonl'] }],
      }
      const window = getWindow()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}
