import { figureText } from './figure-text'

/** A figure to three decimals, or "undefined" with the reason in its title (and for readers). */
export function Figure({
  value,
  reason,
}: {
  readonly value: number | null
  readonly reason: string | undefined
}) {
  if (value !== null) return <span className="figure">{figureText(value)}</span>
  return (
    <span className="figure figure-undefined" title={reason}>
      undefined<span className="visually-hidden"> ({reason})</span>
    </span>
  )
}
