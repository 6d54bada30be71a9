import type { DocLabelAgreement } from '../core/doc-labels/doc-label-agreement'
import type { AgreementReport, PairAgreement } from '../core/agreement/agreement-report'

/** A figure for a person: three decimals, or "undefined (why)". */
export function figureText(value: number | null, reason: string | undefined): string {
  return value === null ? `undefined (${reason ?? 'no data'})` : value.toFixed(3)
}

/** The report as `gloss agree` prints it without `--json`, line by line. */
export function agreementText(report: AgreementReport): string[] {
  const pairs = report.pairwise.length
  const mean = pairs > 1 ? ` (mean over ${pairs} pairs)` : ''
  return [
    `Agreement of ${names(report.annotators)}`,
    ...block('', [
      ['documents compared', comparedText(report)],
      [
        "Krippendorff's alpha",
        figureText(report.krippendorffAlpha, report.krippendorffAlphaReason),
      ],
      [`span F1, strict${mean}`, figureText(report.spanF1Strict, report.spanF1StrictReason)],
      [`span F1, relaxed${mean}`, figureText(report.spanF1Relaxed, report.spanF1RelaxedReason)],
    ]),
    ...(pairs > 0 ? ['', 'Pairs, over the documents both have:'] : []),
    ...report.pairwise.flatMap((pair) => [
      `  ${pair.a} – ${pair.b}: ${count(pair.documents, 'document')}, ${count(pair.tokens, 'token')}`,
      ...block('  ', pairFigures(pair)),
    ]),
    '',
    'Per label (alpha and kappa: inside a span of the label or not):',
    ...report.labels.flatMap((name) => {
      const label = report.perLabel[name]
      if (label === undefined) return []
      return [
        `  ${name}`,
        ...block('  ', [
          [
            "Krippendorff's alpha",
            figureText(label.krippendorffAlpha, label.krippendorffAlphaReason),
          ],
          [`span F1, strict${mean}`, figureText(label.spanF1Strict, label.spanF1StrictReason)],
          [`span F1, relaxed${mean}`, figureText(label.spanF1Relaxed, label.spanF1RelaxedReason)],
          ...label.pairwise.map((pair): [string, string] => [
            `Cohen's kappa, ${pair.a} – ${pair.b}`,
            figureText(pair.cohenKappa, pair.cohenKappaReason),
          ]),
        ]),
      ]
    }),
    '',
    ...confusionText(report),
    ...docLabelText(report.docLabels ?? []),
  ]
}

function comparedText(report: AgreementReport): string {
  const compared = `${report.documents} (${count(report.tokens, 'token')})`
  const lone = report.documentsWithOneAnnotator
  if (lone === 0) return compared
  return `${compared}; ${count(lone, 'more document')} only one of them has, left out`
}

/** Per document label category: documents are the units (nominal). */
function docLabelText(categories: readonly DocLabelAgreement[]): string[] {
  if (categories.length === 0) return []
  return [
    '',
    'Document labels (documents as units; a document without a value is missing):',
    ...categories.flatMap((category) => [
      `  ${category.category}: ${count(category.documents, 'document')} with two or more values`,
      ...block('  ', [
        [
          "Krippendorff's alpha",
          figureText(category.krippendorffAlpha, category.krippendorffAlphaReason),
        ],
        ...category.pairwise.map((pair): [string, string] => [
          `Cohen's kappa, ${pair.a} – ${pair.b}`,
          figureText(pair.cohenKappa, pair.cohenKappaReason),
        ]),
      ]),
    ]),
  ]
}

const pairFigures = (pair: PairAgreement): [string, string][] => [
  ["Cohen's kappa", figureText(pair.cohenKappa, pair.cohenKappaReason)],
  ['span F1, strict', figureText(pair.spanF1Strict, pair.spanF1StrictReason)],
  ['span F1, relaxed', figureText(pair.spanF1Relaxed, pair.spanF1RelaxedReason)],
]

function confusionText(report: AgreementReport): string[] {
  const title =
    'Label confusion: overlapping spans of two annotators (the same label on the diagonal)'
  if (report.confusion.counts.every((row) => row.every((cell) => cell === 0))) {
    return [title, '  no overlapping spans']
  }
  const width = Math.max(...report.labels.map((name) => name.length))
  const header = report.labels.map((name) => name.padStart(Math.max(name.length, 5))).join('  ')
  return [
    title,
    `  ${''.padEnd(width)}  ${header}`,
    ...report.confusion.counts.map(
      (row, r) =>
        `  ${(report.labels[r] ?? '').padEnd(width)}  ${row
          .map((cell, c) => String(cell).padStart(Math.max((report.labels[c] ?? '').length, 5)))
          .join('  ')}`,
    ),
  ]
}

/** Name–value lines with the values lined up. */
function block(indent: string, rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([name]) => name.length))
  return rows.map(([name, value]) => `${indent}  ${`${name}:`.padEnd(width + 1)}  ${value}`)
}

const count = (n: number, noun: string): string =>
  `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`

function names(list: readonly string[]): string {
  if (list.length === 0) return 'no annotators'
  if (list.length === 1) return `${list[0]} alone`
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}
