import type { CommentThread } from '../../../../src-main/core/comments/comment'
import type { DatasetDocument, ExportLayer } from '../../../../src-main/core/formats/dataset'
import type { Label } from '../../../../src-main/core/labels/label'
import { DEFAULT_LABELS } from '../../../../src-main/core/labels/label'
import type { DocumentEntry } from '../../../../src-main/core/project/project'
import type { Span } from '../../../../src-main/core/spans/span'
import { makeSpan } from '../spans/make-span'

/** The project the golden files are made from: a label with a space and one the set lost. */
export const FIXTURE_LABELS: readonly Label[] = [
  ...DEFAULT_LABELS,
  { id: 'policy-area', name: 'Policy area', color: '#2a9d8f', hotkey: '4', description: '' },
]
export const FIXTURE_PROJECT = 'Tin tức & "News"'

export const VI_TEXT =
  'Thủ tướng cam kết tăng 76,000 việc làm, giảm 3.5% thuế.\nTP. Hồ Chí Minh sẽ đón Mr. Lee.'
export const EMOJI_TEXT = 'Fans 👨‍👩‍👧‍👦 cheered 🇬🇧 as 𝐂𝐋𝐄𝐀𝐍 energy rose 👍🏽. “It’s a start,” she said.'
export const PLAIN_TEXT = 'Nobody has read this one yet.'

const entry = (id: string, title: string, text: string): DocumentEntry => ({
  id,
  title,
  sourceName: `${id}.txt`,
  sha256: id.padEnd(64, '0'),
  length: text.length,
  added: '2024-05-02T10:00:00.000Z',
})

/** A span over the `n`-th occurrence (0-based) of `part` in `text`. */
export function spanOn(
  id: string,
  text: string,
  part: string,
  extra: Partial<Span> = {},
  n = 0,
): Span {
  let start = -1
  for (let i = 0; i <= n; i++) start = text.indexOf(part, start + 1)
  if (start < 0) throw new Error(`"${part}" is not in the text`)
  return makeSpan(id, text, start, start + part.length, extra)
}

const viLan: ExportLayer = {
  annotator: 'lan',
  status: 'done',
  spans: [
    // Crosses the line break and overlaps the commitment.
    spanOn('vi-claim', VI_TEXT, 'giảm 3.5% thuế.\nTP. Hồ Chí Minh', { label: 'claim' }),
    spanOn('vi-commit', VI_TEXT, 'cam kết tăng 76,000 việc làm, giảm 3.5%', {
      label: 'commitment',
      note: 'Pledge, with "numbers"',
      attributes: { verified: true, certainty: 'very high', source_count: 2, draft: false },
    }),
    // Nested inside the commitment.
    spanOn('vi-stat', VI_TEXT, '76,000', { label: 'statistic' }),
    spanOn('vi-stat-2', VI_TEXT, '3.5%', { label: 'statistic' }),
  ],
}

const emojiLan: ExportLayer = {
  annotator: 'lan',
  status: 'in-progress',
  spans: [
    spanOn('em-family', EMOJI_TEXT, '👨‍👩‍👧‍👦 cheered', { label: 'claim' }),
    spanOn('em-flag', EMOJI_TEXT, '🇬🇧', { label: 'policy-area' }),
    spanOn('em-quote', EMOJI_TEXT, '“It’s a start,”', { label: 'claim', note: 'quote, ok' }),
  ],
}

const emojiMinh: ExportLayer = {
  annotator: 'minh',
  status: 'done',
  spans: [
    spanOn('em-clean', EMOJI_TEXT, '𝐂𝐋𝐄𝐀𝐍 energy', { label: 'policy-area' }),
    // A label the project no longer has, and an edge inside a word.
    spanOn('em-cheer', EMOJI_TEXT, 'cheer', { label: 'tone' }),
    spanOn('em-thumb', EMOJI_TEXT, 'rose 👍🏽', { label: 'statistic' }),
  ],
}

const REVIEWED = '2024-05-03T08:00:00.000Z'
const REPLIED = '2024-05-03T09:30:00.000Z'

/** A reviewer's question on a range across the line break, answered by the annotator. */
const viComments: CommentThread[] = [
  {
    id: 'thread-vi-range',
    author: 'rita',
    target: rangeOn(VI_TEXT, 'thuế.\nTP. Hồ'),
    createdAt: REVIEWED,
    comments: [
      {
        id: 'c1',
        author: 'rita',
        text: 'Lan and Minh split here:\nwhich sentence?',
        createdAt: REVIEWED,
      },
      { id: 'c2', author: 'lan', text: 'The first one, “thuế.”', createdAt: REPLIED },
    ],
    resolved: false,
    resolution: null,
  },
]

/** A resolved thread on an astral span of minh's, with a label the set lost on another. */
const emojiComments: CommentThread[] = [
  {
    id: 'thread-em-tone',
    author: 'rita',
    target: {
      kind: 'span',
      annotator: 'minh',
      ...pick(spanOn('em-cheer', EMOJI_TEXT, 'cheer', { label: 'tone' })),
    },
    createdAt: REVIEWED,
    comments: [
      { id: 'c3', author: 'rita', text: 'Tone is not in the label set.', createdAt: REVIEWED },
    ],
    resolved: false,
    resolution: null,
  },
  {
    id: 'thread-em-clean',
    author: 'rita',
    target: {
      kind: 'span',
      annotator: 'minh',
      ...pick(spanOn('em-clean', EMOJI_TEXT, '𝐂𝐋𝐄𝐀𝐍 energy', { label: 'policy-area' })),
    },
    createdAt: REVIEWED,
    comments: [{ id: 'c4', author: 'rita', text: 'Policy area? 🤔', createdAt: REVIEWED }],
    resolved: true,
    resolution: { author: 'minh', resolved: true, createdAt: REPLIED },
  },
]

function rangeOn(text: string, part: string) {
  const { start, end } = spanOn('-', text, part)
  return { kind: 'range' as const, start, end, text: part }
}

function pick(span: Span) {
  const { id, start, end, label, text } = span
  return { spanId: id, start, end, label, text }
}

/** Three documents: Vietnamese (one annotator), emoji (two annotators), untouched. */
export function fixtureDocuments(): DatasetDocument[] {
  return [
    {
      entry: entry('1111aaaa2222bbbb', 'Cam kết việc làm', VI_TEXT),
      text: VI_TEXT,
      layers: [viLan],
      comments: viComments,
    },
    {
      entry: entry('3333cccc4444dddd', 'Fans, flags & “quotes”', EMOJI_TEXT),
      text: EMOJI_TEXT,
      layers: [emojiMinh, emojiLan],
      comments: emojiComments,
    },
    { entry: entry('5555eeee6666ffff', 'Untouched', PLAIN_TEXT), text: PLAIN_TEXT, layers: [] },
  ]
}
