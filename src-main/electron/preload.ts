import { contextBridge, ipcRenderer } from 'electron'

import { ENDPOINT_NAMES, ipcChannel } from '../contract/endpoint-names'

// The whole bridge: one invoke per contract endpoint and nothing else, so the page can never
// name an arbitrary channel or touch ipcRenderer itself (Electron checklist item 20).
const gloss = Object.fromEntries(
  ENDPOINT_NAMES.map((name) => [
    name,
    (input: unknown): Promise<unknown> => ipcRenderer.invoke(ipcChannel(name), input),
  ]),
)

contextBridge.exposeInMainWorld('gloss', gloss)
