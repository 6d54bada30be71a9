import type { Exporter } from './dataset'
import { documentSpans } from './export-spans'
import { exportStem } from './file-stem'

const HEADER = ['doc_id', 'title', 'annotator', 'label', 'start', 'end', 'text', 'note'] as const
const BOM = '\ufeff'

/**
 * One row per span, file `<project>.csv`, RFC 4180: fields that contain a comma, a double
 * quote, CR or LF are quoted with the quotes doubled; every line ends in CRLF (the last one
 * too). Header `doc_id,title,annotator,label,start,end,text,note`; `note` is empty when the
 * span has none. Rows follow the documents in the order given, then the spans in export
 * order (start, end descending, annotator, label, id). Offsets count `options.offsets`
 * (default code points); the README states the unit, the header has no room for it.
 * `options.csvBom` puts a UTF-8 byte order mark first so Excel reads the file as UTF-8.
 * Attributes are not written: each label has its own, so they fit no fixed column (native
 * JSONL, brat and Label Studio carry them).
 *
 * Cells are written as they are, even one starting with `=`: the text is the data, and a
 * prefix against spreadsheet formulas would make `text` differ from the document.
 */
export const exportCsv: Exporter = (docs, options) => {
  const rows: string[] = [csvLine(HEADER)]
  for (const doc of docs) {
    for (const item of documentSpans(doc, options.labels, options.offsets)) {
      rows.push(
        csvLine([
          doc.entry.id,
          doc.entry.title,
          item.annotator,
          item.label,
          String(item.start),
          String(item.end),
          item.span.text,
          item.span.note ?? '',
        ]),
      )
    }
  }
  return {
    files: [
      {
        path: `${exportStem(options.projectName)}.csv`,
        content: `${options.csvBom === true ? BOM : ''}${rows.join('')}`,
      },
    ],
    warnings: [],
  }
}

function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
