import type { PairAgreement } from '@core/agreement/agreement-report'

import { FigureCell, NumberHeading, SpanF1Cells } from './figure-cells'

/** Cohen's kappa and span F1 of every pair, over the documents both have. */
export function PairwiseTable({ pairs }: { readonly pairs: readonly PairAgreement[] }) {
  if (pairs.length === 0) {
    return <p className="empty-note">Choose two or more annotators to compare them in pairs.</p>
  }
  return (
    <table className="figures-table" aria-label="Pairwise agreement">
      <thead>
        <tr>
          <th scope="col">Pair</th>
          <NumberHeading>Documents</NumberHeading>
          <NumberHeading>Tokens</NumberHeading>
          <NumberHeading>Cohen&rsquo;s κ</NumberHeading>
          <NumberHeading>F1 strict</NumberHeading>
          <NumberHeading>F1 relaxed</NumberHeading>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={`${pair.a}\n${pair.b}`}>
            <th scope="row">
              {pair.a} <span className="pair-dash">–</span> {pair.b}
            </th>
            <td className="number">{pair.documents.toLocaleString()}</td>
            <td className="number">{pair.tokens.toLocaleString()}</td>
            <FigureCell value={pair.cohenKappa} reason={pair.cohenKappaReason} />
            <SpanF1Cells figures={pair} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
