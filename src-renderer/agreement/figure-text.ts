/** A figure as the view prints it: three decimals, or "undefined" (the reason goes in a title). */
export const figureText = (value: number | null): string =>
  value === null ? 'undefined' : value.toFixed(3)

/** A figure with its reason, for tooltips: "0.565" or "undefined (why)". */
export const figureWithReason = (value: number | null, reason: string | undefined): string =>
  value === null ? `undefined (${reason ?? 'no data'})` : value.toFixed(3)
