import type { ReactNode } from 'react'

import type { SpanF1Figures } from '@core/agreement/agreement-report'

import { Figure } from './figure'

/** A column heading for figures, right-aligned like them. */
export function NumberHeading({ children }: { readonly children: ReactNode }) {
  return (
    <th scope="col" className="number">
      {children}
    </th>
  )
}

/** One figure in a table cell. */
export function FigureCell({
  value,
  reason,
}: {
  readonly value: number | null
  readonly reason: string | undefined
}) {
  return (
    <td className="number">
      <Figure value={value} reason={reason} />
    </td>
  )
}

/** The strict and relaxed span F1 cells of a row. */
export function SpanF1Cells({ figures }: { readonly figures: SpanF1Figures }) {
  return (
    <>
      <FigureCell value={figures.spanF1Strict} reason={figures.spanF1StrictReason} />
      <FigureCell value={figures.spanF1Relaxed} reason={figures.spanF1RelaxedReason} />
    </>
  )
}
