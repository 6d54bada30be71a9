import type { AnnotationImportFormat } from '@core/formats/dataset'

export interface ImportFormatInfo {
  readonly name: string
  /** What to choose, in the analyst's words. */
  readonly description: string
  /** The file picker's filter; brat takes a folder instead. */
  readonly accept: string
  readonly folder: boolean
}

export const IMPORT_FORMAT_INFO: Readonly<Record<AnnotationImportFormat, ImportFormatInfo>> = {
  jsonl: {
    name: 'Gloss JSONL',
    description: 'A .jsonl file exported by Gloss: one document per line with its spans.',
    accept: '.jsonl,.json',
    folder: false,
  },
  doccano: {
    name: 'doccano',
    description: 'A doccano JSONL export: {"text", "label": [[start, end, "Label"]]} per line.',
    accept: '.jsonl,.json',
    folder: false,
  },
  brat: {
    name: 'brat standoff (a folder)',
    description: 'A folder of .txt and .ann files with the same names, and its annotation.conf.',
    accept: '',
    folder: true,
  },
  labelstudio: {
    name: 'Label Studio',
    description: 'A Label Studio JSON export: a task list with data.text and annotations.',
    accept: '.json',
    folder: false,
  },
  w3c: {
    name: 'W3C Web Annotation',
    description: 'W3C Web Annotation JSON-LD: a collection, or one annotation per line.',
    accept: '.json,.jsonld,.jsonl',
    folder: false,
  },
}

const BRAT_FILE = /\.(txt|ann|conf)$/i

/** Inside a brat folder only its .txt, .ann and .conf files count; hidden ones do not. */
export function isBratPath(path: string): boolean {
  return BRAT_FILE.test(path) && !path.split('/').some((part) => part.startsWith('.'))
}
