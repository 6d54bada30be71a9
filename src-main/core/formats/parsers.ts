import type { AnnotationImportFormat, AnnotationParser } from './dataset'
import { parseBrat } from './parse-brat'
import { parseDoccano } from './parse-doccano'
import { parseJsonl } from './parse-jsonl'
import { parseLabelStudio } from './parse-labelstudio'
import { parseW3c } from './parse-w3c'

/**
 * The annotation parser for each import format. Every parser is pure and total: it returns
 * what it could read and a problem (file, line where the format has lines, span, reason)
 * for everything it could not, never throwing on bad input.
 *
 * For the caller:
 * - `files` are the decoded files; `offsets` the unit the user chose, else
 *   `DEFAULT_OFFSET_UNIT[format]`. A unit the file states itself (native JSONL and doccano
 *   `offsetUnit`, a brat `annotation.conf` comment) is believed over the default.
 * - Each document's `text` comes back normalised (`normalizeText`) with its spans moved
 *   along, so normalising it again changes nothing. Offsets are read against the text as the
 *   file has it, so the texts may be passed decoded but not yet normalised: that is the only
 *   way brat offsets written against CRLF `.txt` files can be carried to LF.
 * - Spans' `text` is what they cover (checked against what the file says, when it says).
 *   `label` is the file's label name as written: match it to the project's labels by name
 *   (then id) and report unknown ones.
 * - `annotator` is the name the file gives, already a valid Gloss name (`_gold` included), or
 *   unset: then the import's `--annotator` or the current annotator applies.
 * - w3c is the exception: documents have `text: ''` and are matched by `sourceId`; anchor
 *   them with `anchorW3cDocument` (parse-w3c-anchor.ts) once found.
 */
export const PARSERS: Readonly<Record<AnnotationImportFormat, AnnotationParser>> = {
  jsonl: parseJsonl,
  doccano: parseDoccano,
  brat: parseBrat,
  labelstudio: parseLabelStudio,
  w3c: parseW3c,
}
