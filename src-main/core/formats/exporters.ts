import type { Exporter, ExportFormat } from './dataset'
import { exportBrat } from './export-brat'
import { exportConll } from './export-conll'
import { exportCsv } from './export-csv'
import { exportDoccano } from './export-doccano'
import { exportJsonl } from './export-jsonl'
import { exportLabelStudio } from './export-labelstudio'
import { exportSpacy } from './export-spacy'
import { exportW3c } from './export-w3c'

/**
 * Every export format's exporter. Each returns the files to write with paths relative to
 * the export's folder, named after the project (`exportStem`): one file for jsonl
 * (`<p>.jsonl`), doccano (`<p>.doccano.jsonl`), spacy (`<p>.spacy.jsonl`), conll
 * (`<p>.conll`), w3c (`<p>.jsonld`) and csv (`<p>.csv`); two for labelstudio (`<p>.json`,
 * `<p>.label-config.xml`); a folder's worth for brat (`annotation.conf` and `<doc>.txt` /
 * `<doc>.ann`, under `<annotator>/` when several annotators are exported).
 */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  jsonl: exportJsonl,
  doccano: exportDoccano,
  spacy: exportSpacy,
  conll: exportConll,
  brat: exportBrat,
  labelstudio: exportLabelStudio,
  w3c: exportW3c,
  csv: exportCsv,
}
