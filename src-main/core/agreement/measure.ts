/** A figure, or the reason it is undefined for these data (never NaN). */
export type Measure =
  | { readonly value: number; readonly reason?: undefined }
  | { readonly value: null; readonly reason: string }

export const measured = (value: number): Measure => ({ value })

export const undefinedBecause = (reason: string): Measure => ({ value: null, reason })

/** A figure as the report writes it: `key` holds the value, `<key>Reason` says why it is null. */
export type FlatMeasure<K extends string> = { readonly [P in K]: number | null } & {
  readonly [P in `${K}Reason`]?: string
}

/** `{ [key]: value }`, plus `{ [key + 'Reason']: reason }` when the value is undefined. */
export function flatMeasure<K extends string>(key: K, measure: Measure): FlatMeasure<K> {
  const flat: Record<string, number | string | null> = { [key]: measure.value }
  if (measure.value === null) flat[`${key}Reason`] = measure.reason
  return flat as FlatMeasure<K>
}

/**
 * The mean of the defined figures among `measures` (one per pair of annotators). Undefined
 * when there are none, with `whenEmpty` as the reason, or when every one is undefined: then
 * with their reason if they share it.
 */
export function meanMeasure(measures: readonly Measure[], whenEmpty: string): Measure {
  if (measures.length === 0) return undefinedBecause(whenEmpty)
  const values = measures.flatMap((measure) => (measure.value === null ? [] : [measure.value]))
  if (values.length > 0) return measured(values.reduce((sum, v) => sum + v, 0) / values.length)
  const reasons = new Set(measures.map((measure) => measure.reason))
  const [only] = reasons
  return undefinedBecause(
    reasons.size === 1 && only !== undefined ? only : 'undefined for every pair of annotators',
  )
}
