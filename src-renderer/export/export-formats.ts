import type { ExportFormat } from '@core/formats/dataset'
import type { OffsetUnit } from '@core/text/offsets'

export interface FormatInfo {
  /** The name analysts know the format by. */
  readonly name: string
  /** One line: the shape of the files and who reads them. */
  readonly description: string
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  jsonl: {
    name: 'Gloss JSONL',
    description:
      'One document per line with its text, status and spans. Reads back into Gloss; easy to load in Python.',
  },
  doccano: {
    name: 'doccano',
    description:
      'doccano sequence-labelling JSONL: {"text", "label": [[start, end, "Label"]]} per document.',
  },
  spacy: {
    name: 'spaCy / Prodigy',
    description:
      'Prodigy JSONL with tokens and spans (token_start, token_end), for spaCy training and Prodigy.',
  },
  conll: {
    name: 'CoNLL-2003 (BIO)',
    description:
      'One token per line with a B-/I-/O tag, for NER trainers. Overlapping spans cannot be expressed: the longer one is kept.',
  },
  brat: {
    name: 'brat standoff',
    description:
      'A .txt and an .ann file per document plus annotation.conf, for brat and the tools that read it.',
  },
  labelstudio: {
    name: 'Label Studio',
    description:
      'A JSON task list, one annotation per annotator, plus the labelling config (XML) to import it with.',
  },
  w3c: {
    name: 'W3C Web Annotation',
    description:
      'JSON-LD annotations with position and quote selectors, for Recogito and other W3C-model tools.',
  },
  csv: {
    name: 'CSV',
    description:
      'One row per span: document, title, annotator, label, start, end, text, note. Opens in Excel.',
  },
}

export const OFFSET_UNIT_NAMES: Readonly<Record<OffsetUnit, string>> = {
  codepoints: 'Unicode code points',
  utf16: 'UTF-16 code units',
  bytes: 'UTF-8 bytes',
}

/** How a consumer slices the text with offsets in that unit. */
export const OFFSET_UNIT_USE: Readonly<Record<OffsetUnit, string>> = {
  codepoints: 'Python’s text[start:end] gives each span’s text.',
  utf16: 'JavaScript’s text.slice(start, end) and Java’s substring give each span’s text.',
  bytes: 'Byte positions in the UTF-8 encoded text, for Rust, Go or C readers.',
}

export const OFFSET_UNITS: readonly OffsetUnit[] = ['codepoints', 'utf16', 'bytes']
