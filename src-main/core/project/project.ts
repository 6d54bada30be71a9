import type { DocLabelCategory } from '../doc-labels/doc-label'
import type { Label } from '../labels/label'
import type { RelationType } from '../relations/relation'

export interface ProjectSettings {
  /** Selections grow outward to whole words unless the analyst turns this off. */
  readonly snapToWords: boolean
}

/** The contents of `gloss.json`. */
export interface ProjectFile {
  readonly version: 1
  readonly name: string
  readonly labels: readonly Label[]
  /** Absent in older files: the defaults apply (see `relationTypesOf`). */
  readonly relationTypes?: readonly RelationType[]
  readonly settings: ProjectSettings
  /** Document-level label categories (core/doc-labels); absent in older files: none. */
  readonly docLabels?: readonly DocLabelCategory[]
}

/** One entry of `documents/index.json`. */
export interface DocumentEntry {
  /** A prefix of the sha256 of the normalised text: the same article gets the same id anywhere. */
  readonly id: string
  readonly title: string
  readonly sourceName: string
  readonly sha256: string
  /** Length of the normalised text in UTF-16 code units. */
  readonly length: number
  readonly added: string
  /** The id of the document this one is a new version of (the same source, re-published). */
  readonly replaces?: string
}

export interface DocumentIndexFile {
  readonly version: 1
  readonly documents: readonly DocumentEntry[]
}
