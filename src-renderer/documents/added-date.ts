const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

/** When a document was added, as a short date ("3 Jan 2026"); the stored text if unreadable. */
export function addedDate(added: string): string {
  const time = Date.parse(added)
  return Number.isNaN(time) ? added : DAY.format(time)
}
