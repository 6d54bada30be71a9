import type { ExportedDataset } from '@contract/endpoints'

import { zipFiles } from './zip-files'

/** What the browser downloads for an export: its file name, bytes and type. */
export interface Download {
  readonly name: string
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly type: string
}

const TYPES: Readonly<Record<string, string>> = {
  jsonl: 'application/x-ndjson',
  json: 'application/json',
  jsonld: 'application/ld+json',
  csv: 'text/csv',
  xml: 'application/xml',
}

const typeOf = (name: string): string =>
  TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'text/plain'

/** One file downloads as it is; several (brat, Label Studio's config) as one zip archive. */
export function downloadFor(dataset: ExportedDataset): Download {
  const [only, ...rest] = dataset.files
  if (only && rest.length === 0) {
    const name = dataset.suggestedName
    return { name, bytes: new TextEncoder().encode(only.content), type: typeOf(name) }
  }
  const folder = dataset.suggestedName.replace(/\.zip$/i, '')
  return { name: `${folder}.zip`, bytes: zipFiles(dataset.files, folder), type: 'application/zip' }
}

/** Saves bytes through the browser's download (the browser host's "save dialog"). */
export function downloadBytes({ name, bytes, type }: Download): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
