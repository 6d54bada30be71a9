import type { Input } from '@contract/endpoints'
import { DEFAULT_OFFSET_UNIT, type AnnotationImportFormat } from '@core/formats/dataset'
import type { OffsetUnit } from '@core/text/offsets'

/** Whose layer the spans go into: the name the file gives (else mine), mine, or a typed one. */
export type LayerChoice = 'file' | 'me' | 'named'

export interface AnnotationImportChoices {
  readonly format: AnnotationImportFormat
  readonly layer: LayerChoice
  /** The typed annotator name, used when `layer` is `named`. */
  readonly name: string
  readonly offsets: OffsetUnit
}

/** The files to import: bytes read in the page, or paths a native dialog granted. */
export type ChosenFiles =
  | { readonly kind: 'uploads'; readonly uploads: readonly { name: string; base64: string }[] }
  | { readonly kind: 'paths'; readonly paths: readonly string[] }

export const importOffsets = (format: AnnotationImportFormat): OffsetUnit =>
  DEFAULT_OFFSET_UNIT[format] ?? 'codepoints'

export const defaultImportChoices: AnnotationImportChoices = {
  format: 'jsonl',
  layer: 'file',
  name: '',
  offsets: importOffsets('jsonl'),
}

/** A new format brings its own offset convention; the layer choice stays. */
export function withImportFormat(
  choices: AnnotationImportChoices,
  format: AnnotationImportFormat,
): AnnotationImportChoices {
  return { ...choices, format, offsets: importOffsets(format) }
}

/**
 * The `importAnnotations` request. The offsets are sent only when they differ from the
 * format's convention, so a file that states its own unit (Gloss JSONL) is read by it.
 */
export function annotationImportRequest(
  choices: AnnotationImportChoices,
  me: string,
  files: ChosenFiles,
): Input<'importAnnotations'> {
  const annotator =
    choices.layer === 'me' ? me : choices.layer === 'named' ? choices.name.trim() : undefined
  return {
    format: choices.format,
    ...(annotator !== undefined && { annotator }),
    ...(choices.offsets !== importOffsets(choices.format) && { offsets: choices.offsets }),
    ...(files.kind === 'uploads' ? { uploads: [...files.uploads] } : { paths: [...files.paths] }),
  }
}
