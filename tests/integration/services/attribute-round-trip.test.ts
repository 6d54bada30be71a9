import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import type { Span } from '../../../src-main/core/spans/span'
import { ATTRIBUTE_LABELS } from '../../unit/core/formats/attribute-labels'
import { asUploads, freshProject } from './support/dataset-fixture'
import {
  created,
  ok,
  openedProject,
  setup,
  spanOn,
  uploadFixtures,
} from './support/project-fixture'

const DOC = 'e87f5009053e1767'

// brat values are one word: free text is chosen without spaces here (see the README).
const COMMITMENT = { actor: 'Bộ_trưởng', strength: 'very hedged', quoted: true }
const STATISTIC = { unit: 'people' }

/** Alice tagged a commitment and a statistic with attributes; returns both projects' handlers. */
async function exportedAndReimported(format: 'brat' | 'labelstudio' | 'jsonl') {
  const where = await setup()
  const alice = await openedProject(where, 'alice')
  await ok(alice, 'updateProject', { labels: ATTRIBUTE_LABELS })
  await uploadFixtures(alice, 'vietnamese-nfc.txt')
  const { text } = await ok(alice, 'getDocument', { docId: DOC })
  const spans = [
    { ...spanOn(text, 'Hà Nội cam kết', 'commitment', 's1'), attributes: COMMITMENT },
    { ...spanOn(text, '12.500 hộ dân', 'statistic', 's2'), attributes: STATISTIC },
  ]
  await ok(alice, 'applySpanChanges', { docId: DOC, changes: created(...spans) })
  const exported = await ok(alice, 'exportDataset', { format, source: 'me' })
  const files = exported.files.filter((file) => !file.path.endsWith('.label-config.xml'))

  const fresh = await freshProject(where, 'carol')
  await ok(fresh, 'updateProject', { labels: ATTRIBUTE_LABELS })
  await ok(fresh, 'importAnnotations', { format, uploads: asUploads(files) })
  // brat names no annotator for a single layer: it becomes the importer's (carol's).
  const annotations = join(where.root, 'fresh', 'annotations')
  const [who] = await readdir(annotations)
  const path = join(annotations, who ?? 'none', `${DOC}.json`)
  const imported = JSON.parse(await readFile(path, 'utf8')) as { spans: Span[] }
  return imported.spans.map((span) => ({ label: span.label, attributes: span.attributes }))
}

describe.each(['brat', 'labelstudio', 'jsonl'] as const)('%s export → import', (format) => {
  it('brings back every attribute value as it was', async () => {
    expect(await exportedAndReimported(format)).toEqual([
      { label: 'commitment', attributes: COMMITMENT },
      { label: 'statistic', attributes: STATISTIC },
    ])
  })
})
