import { describe, expect, it } from 'vitest'

import type { OffsetUnit } from '../../../src-main/core/text/offsets'
import {
  ARTICLES,
  asUploads,
  annotateDataset,
  CRLF_ID,
  EMOJI_ID,
  freshProject,
  layersOnDisk,
  VIETNAMESE_ID,
} from './support/dataset-fixture'
import { ok, openedProject, setup, uploadFixtures } from './support/project-fixture'

// Export → import into a fresh project → the same spans, for every format that carries spans,
// in the format's own offset unit and in each unit a user can ask for.
const FORMATS = ['jsonl', 'doccano', 'brat', 'labelstudio', 'w3c'] as const
const UNITS: readonly (OffsetUnit | undefined)[] = [undefined, 'codepoints', 'utf16', 'bytes']
// doccano has no place for notes; every other format carries them.
const CARRIES_NOTES = { jsonl: true, doccano: false, brat: true, labelstudio: true, w3c: true }

describe.each(FORMATS)('%s round trip', (format) => {
  it.each(UNITS)(
    'brings back every span with offsets in %s (default when undefined)',
    async (unit) => {
      const where = await setup()
      await annotateDataset(where)
      const source = await openedProject(where, 'alice')
      const exported = await ok(source, 'exportDataset', {
        format,
        source: 'all',
        ...(unit !== undefined && { offsets: unit }),
      })
      // Label Studio's labelling config is for Label Studio, not an annotation file.
      const files = exported.files.filter((file) => !file.path.endsWith('.label-config.xml'))

      const fresh = await freshProject(where, 'carol')
      if (format === 'w3c') await uploadFixtures(fresh, ...ARTICLES)
      const summary = await ok(fresh, 'importAnnotations', {
        format,
        uploads: asUploads(files),
        ...(unit !== undefined && { offsets: unit }),
      })

      expect(summary).toEqual({
        documentsMatched: format === 'w3c' ? 3 : 0,
        documentsAdded: format === 'w3c' ? 0 : 3,
        spansImported: 12,
        spansSkipped: 0,
        annotators: ['alice', 'bob'],
        problems: [],
      })
      const withNotes = CARRIES_NOTES[format]
      const imported = await layersOnDisk(`${where.root}/fresh`, withNotes)
      expect(imported).toEqual(await layersOnDisk(where.project, withNotes))
      expect(Object.keys(imported)).toEqual([
        `alice/${CRLF_ID}`,
        `alice/${EMOJI_ID}`,
        `alice/${VIETNAMESE_ID}`,
        `bob/${CRLF_ID}`,
        `bob/${VIETNAMESE_ID}`,
      ])
    },
  )
})
