import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

import type { Handlers } from '../../../../src-main/contract/endpoints'
import type { ExportFile } from '../../../../src-main/core/formats/dataset'
import type { Span } from '../../../../src-main/core/spans/span'
import {
  created,
  ok,
  openedProject,
  setup,
  spanOf,
  uploadFixtures,
  type Setup,
} from './project-fixture'

export const VIETNAMESE_ID = 'e87f5009053e1767'
export const EMOJI_ID = '525068365206a9a3'
export const CRLF_ID = '0fd97b1faa0790ad'

/** The articles of the dataset project: diacritics, astral characters, a CRLF source. */
export const ARTICLES = ['vietnamese-nfc.txt', 'emoji-astral.txt', 'crlf-line-endings.txt']

/** A span over the `occurrence`-th (0-based) `phrase` in `text`. */
function spanAt(
  text: string,
  phrase: string,
  label: string,
  id: string,
  note?: string,
  occurrence = 0,
): Span {
  let start = -1
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(phrase, start + 1)
  if (start < 0) throw new Error(`"${phrase}" is not in the text`)
  return spanOf(text, start, start + phrase.length, label, id, note)
}

/**
 * Alice's and Bob's spans on the three articles: nested and overlapping spans, notes with
 * accents and emoji, astral characters inside spans and a span across the CRLF article's
 * blank line. Alice marked the Vietnamese article done.
 */
export async function annotateDataset(where: Setup): Promise<void> {
  const alice = await openedProject(where, 'alice')
  await uploadFixtures(alice, ...ARTICLES)
  const text = async (docId: string) => (await ok(alice, 'getDocument', { docId })).text
  const viet = await text(VIETNAMESE_ID)
  const emoji = await text(EMOJI_ID)
  const crlf = await text(CRLF_ID)

  await ok(alice, 'applySpanChanges', {
    docId: VIETNAMESE_ID,
    changes: created(
      spanAt(viet, 'Hà Nội cam kết tăng cường hợp tác', 'commitment', 'v1', 'cam kết rõ ràng ✓'),
      spanAt(viet, 'Theo báo cáo, 12.500 hộ dân đã được hỗ trợ', 'claim', 'v2'),
      spanAt(viet, '12.500 hộ dân', 'statistic', 'v3'),
    ),
  })
  await ok(alice, 'setDocumentStatus', { docId: VIETNAMESE_ID, status: 'done' })
  await ok(alice, 'applySpanChanges', {
    docId: EMOJI_ID,
    changes: created(
      spanAt(emoji, '👨‍👩‍👧‍👦 families', 'statistic', 'e1'),
      spanAt(emoji, '𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒', 'claim', 'e2', 'astral letters 🎉'),
      spanAt(emoji, '港口节快乐！', 'claim', 'e3'),
    ),
  })
  await ok(alice, 'applySpanChanges', {
    docId: CRLF_ID,
    changes: created(
      spanAt(crlf, 'bus routes\n\nThe council', 'claim', 'c1'),
      spanAt(crlf, 'The council will add 14 bus routes by March', 'commitment', 'c2'),
      spanAt(crlf, '14 bus routes', 'statistic', 'c3', 'a count'),
    ),
  })

  const bob = await openedProject(where, 'bob')
  await ok(bob, 'applySpanChanges', {
    docId: VIETNAMESE_ID,
    changes: created(
      spanAt(viet, 'tăng 3,5%', 'statistic', 'b1'),
      spanAt(viet, 'Hà Nội cam kết', 'claim', 'b2'),
    ),
  })
  await ok(bob, 'applySpanChanges', {
    docId: CRLF_ID,
    changes: created(spanAt(crlf, 'Ridership rose 8%', 'statistic', 'b3', 'per year')),
  })
}

/** A fresh temp project holding the dataset (`annotateDataset`). */
export async function datasetProject(): Promise<Setup> {
  const where = await setup()
  await annotateDataset(where)
  return where
}

/** The files of an export as uploads, as the browser would send them. */
export function asUploads(files: readonly ExportFile[]) {
  return files.map((file) => ({
    name: file.path,
    base64: Buffer.from(file.content, 'utf8').toString('base64'),
  }))
}

export interface SpanShape {
  readonly start: number
  readonly end: number
  readonly label: string
  readonly text: string
  readonly note?: string
}

/** Each annotator's spans on each document, as `annotator/docId` → spans in text order. */
export async function layersOnDisk(
  project: string,
  withNotes = true,
): Promise<Record<string, SpanShape[]>> {
  const layers: Record<string, SpanShape[]> = {}
  const root = join(project, 'annotations')
  for (const annotator of (await readdir(root)).sort()) {
    for (const name of (await readdir(join(root, annotator))).sort()) {
      const file = JSON.parse(await readFile(join(root, annotator, name), 'utf8')) as {
        spans: Span[]
      }
      layers[`${annotator}/${name.replace(/\.json$/u, '')}`] = file.spans
        .map(({ start, end, label, text, note }) => ({
          start,
          end,
          label,
          text,
          ...(withNotes && note !== undefined && { note }),
        }))
        .sort((a, b) => a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : 1))
    }
  }
  return layers
}

/** Every file under `folder` with its bytes as text, by relative path: a snapshot to compare. */
export async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else files[relative(folder, path)] = await readFile(path, 'utf8')
    }
  }
  await walk(folder)
  return files
}

/** Handlers on a fresh project next to the dataset project, annotating as `annotator`. */
export async function freshProject(where: Setup, annotator = 'carol'): Promise<Handlers> {
  return openedProject({ ...where, project: join(where.root, 'fresh') }, annotator)
}
