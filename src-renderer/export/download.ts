/** Saves text as a file through the browser's download (the browser host's "save dialog"). */
export function downloadText(fileName: string, content: string, type = 'application/x-ndjson') {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
