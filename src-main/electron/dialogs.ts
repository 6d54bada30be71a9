import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron'

import type { ShellPorts } from '../services/shell-ports'

const ARTICLE_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'json', 'jsonl'] },
  { name: 'All files', extensions: ['*'] },
]

const FOLDER_DIALOGS = {
  new: { title: 'New project folder', buttonLabel: 'Create project here' },
  open: { title: 'Open project folder', buttonLabel: 'Open project' },
  merge: { title: 'Colleague’s project folder to merge', buttonLabel: 'Choose project' },
  export: { title: 'Export into folder', buttonLabel: 'Export here' },
} as const

const FOLDER_PROPERTIES: OpenDialogOptions['properties'] = [
  'openDirectory',
  'createDirectory',
  'promptToCreate',
]
// A colleague's project is only read: offering to create a folder there would make no sense.
const EXISTING_FOLDER: OpenDialogOptions['properties'] = ['openDirectory']

// The export's own extension first (.jsonl, .csv, .conll, ...), so the dialog keeps it.
const saveFilters = (name: string) => {
  const extension = /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]
  return [
    ...(extension !== undefined ? [{ name: `.${extension} files`, extensions: [extension] }] : []),
    { name: 'All files', extensions: ['*'] },
  ]
}

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
      const properties = purpose === 'merge' ? EXISTING_FOLDER : FOLDER_PROPERTIES
      const [folder] = await open({ ...FOLDER_DIALOGS[purpose], properties })
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
        filters: saveFilters(suggestedName),
      }
      const window = getWindow()
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
  }
}
