/** Which pair of annotators a panel shows; `pooled` adds "all pairs" as the value -1. */
export function PairSelect({
  pairs,
  value,
  onChange,
  label,
  pooled = false,
}: {
  readonly pairs: readonly { readonly a: string; readonly b: string }[]
  readonly value: number
  readonly onChange: (index: number) => void
  readonly label: string
  readonly pooled?: boolean
}) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {pooled && <option value={-1}>All pairs (pooled)</option>}
        {pairs.map((pair, p) => (
          <option key={p} value={p}>
            {pair.a} – {pair.b}
          </option>
        ))}
      </select>
    </label>
  )
}
