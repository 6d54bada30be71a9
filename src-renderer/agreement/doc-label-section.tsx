import type { AgreementReport } from '@core/agreement/agreement-report'

import { FigureCell, NumberHeading } from './figure-cells'

/** Agreement on each document label category: documents are the units (nominal figures). */
export function DocLabelSection({ report }: { readonly report: AgreementReport }) {
  const categories = report.docLabels ?? []
  if (categories.length === 0) return null
  return (
    <section className="agreement-panel" aria-labelledby="doc-labels-heading">
      <h3 id="doc-labels-heading">Document labels</h3>
      <p className="panel-note">
        Each document is a unit; a document without a value from an annotator is missing for them. κ
        is the mean over pairs.
      </p>
      <table className="figures-table" aria-label="Document label agreement">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <NumberHeading>Documents</NumberHeading>
            <NumberHeading>Krippendorff&rsquo;s α</NumberHeading>
            <NumberHeading>Cohen&rsquo;s κ</NumberHeading>
          </tr>
        </thead>
        <tbody>
          {categories.map((category) => (
            <tr key={category.category}>
              <th scope="row">{category.category}</th>
              <td className="number">{category.documents.toLocaleString()}</td>
              <FigureCell
                value={category.krippendorffAlpha}
                reason={category.krippendorffAlphaReason}
              />
              <FigureCell value={category.cohenKappa} reason={category.cohenKappaReason} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
