import { describe, expect, it } from 'vitest'

import { GlossFailure } from '../../../../src-main/core/failure'
import { EXPORT_FORMATS, type DatasetDocument } from '../../../../src-main/core/formats/dataset'
import { EXPORTERS } from '../../../../src-main/core/formats/exporters'
import { makeSpan } from '../spans/make-span'
import { exportFixture } from './export-fixture'
import { FIXTURE_LABELS, FIXTURE_PROJECT, fixtureDocuments } from './fixture-dataset'
import { datasetDoc, layer, options } from './dataset-doc'

// The fixture with layers and spans in the opposite order: the output must not change.
function reversedFixture(): DatasetDocument[] {
  return fixtureDocuments().map((doc) => ({
    ...doc,
    layers: [...doc.layers].reverse().map((l) => ({ ...l, spans: [...l.spans].reverse() })),
  }))
}

describe('EXPORTERS', () => {
  it('has an exporter for every export format', () => {
    expect(Object.keys(EXPORTERS).sort()).toEqual([...EXPORT_FORMATS].sort())
  })

  describe.each(EXPORT_FORMATS)('%s', (format) => {
    it('gives byte-identical output when run twice', () => {
      expect(exportFixture(format)).toEqual(exportFixture(format))
    })

    it('gives the same output whatever order layers and spans come in', () => {
      const reversed = EXPORTERS[format](reversedFixture(), {
        offsets: 'codepoints',
        labels: FIXTURE_LABELS,
        projectName: FIXTURE_PROJECT,
      })
      expect(reversed).toEqual(exportFixture(format, 'codepoints'))
    })

    it('refuses a span whose text does not match the document, naming span and file', () => {
      const text = 'Hà Nội'
      const broken = { ...makeSpan('x9', text, 0, 2), text: 'Ha' }
      const doc = datasetDoc('d1', text, [layer('lan', [broken])], 'Tin')
      let failure: GlossFailure | undefined
      try {
        EXPORTERS[format]([doc], options())
      } catch (error) {
        if (error instanceof GlossFailure) failure = error
      }
      expect(failure?.toError()).toEqual({
        code: 'conflict',
        message:
          'Cannot export span x9 by lan in "Tin": its text "Ha" does not match the document at 0–2 ("Hà").',
        file: 'annotations/lan/d1.json',
        hint: 'Open the document in Gloss and fix or delete that span, then export again.',
      })
    })

    it('refuses a span that ends beyond the text', () => {
      const doc = datasetDoc('d1', 'ab', [layer('lan', [{ ...makeSpan('x', 'ab', 0, 2), end: 3 }])])
      expect(() => EXPORTERS[format]([doc], options())).toThrow(
        'it ends at 3, beyond the end of the text (2 characters)',
      )
    })
  })
})
