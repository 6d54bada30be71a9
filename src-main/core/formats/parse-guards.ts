import type { AttributeValue, DocumentStatus } from '../spans/span'
import { DOCUMENT_STATUSES } from '../spans/span'
import type { OffsetUnit } from '../text/offsets'
import { isAllowedKey } from './untrusted-json'

/** A JSON object (not null, not a list). */
export type JsonObject = Readonly<Record<string, unknown>>

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0
}

export function isDocumentStatus(value: unknown): value is DocumentStatus {
  return DOCUMENT_STATUSES.includes(value as DocumentStatus)
}

export function isOffsetUnit(value: unknown): value is OffsetUnit {
  return value === 'codepoints' || value === 'utf16' || value === 'bytes'
}

/**
 * A flat object of strings, finite numbers and booleans, or `null` when it is not one (or
 * has a key such as `__proto__` that must never be assigned; see `isAllowedKey`).
 */
export function asAttributes(value: unknown): Record<string, AttributeValue> | null {
  if (!isObject(value)) return null
  const attributes: Record<string, AttributeValue> = {}
  for (const [key, item] of Object.entries(value)) {
    const ok =
      isAllowedKey(key) &&
      (typeof item === 'string' ||
        typeof item === 'boolean' ||
        (typeof item === 'number' && Number.isFinite(item)))
    if (!ok) return null
    attributes[key] = item
  }
  return attributes
}

/** An id as text: strings as they are, numbers written out; anything else `undefined`. */
export function asIdText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}
