import type { Label } from './label'

const MAX_ID = 48

/** The label a key press applies (`'1'`…`'9'`), if any label has that hotkey. */
export function labelForKey(labels: readonly Label[], key: string): Label | undefined {
  if (key === '') return undefined
  return labels.find((label) => label.hotkey === key)
}

/** The label with this id, if the set has one. */
export function findLabel(labels: readonly Label[], id: string): Label | undefined {
  return labels.find((label) => label.id === id)
}

/**
 * A stable id for a new label named `name`: lower case, accents dropped, runs of anything
 * but letters and digits turned into one dash ("Số liệu" → "so-lieu"), made unique against
 * `existing` (labels or ids) with a numeric suffix ("claim-2"). Never empty.
 */
export function labelIdFromName(name: string, existing: readonly (Label | string)[]): string {
  const taken = new Set(existing.map((item) => (typeof item === 'string' ? item : item.id)))
  const slug =
    Array.from(
      name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[đĐ]/gu, 'd')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/gu, ''),
    )
      .slice(0, MAX_ID)
      .join('')
      .replace(/-+$/u, '') || 'label'
  if (!taken.has(slug)) return slug
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
