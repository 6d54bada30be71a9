import type { GlossClient, Input, ReviewDocument } from '../../../src-main/contract/endpoints'
import { applyGoldEdit, EMPTY_GOLD, type GoldState } from '../../../src-main/core/review/gold-edit'
import { groupCandidates } from '../../../src-main/core/review/group-candidates'
import { indexDecisions } from '../../../src-main/core/review/decisions'
import { reviewProgress } from '../../../src-main/core/review/review-progress'
import type { Relation } from '../../../src-main/core/relations/relation'
import type { Span } from '../../../src-main/core/spans/span'
import { createFakeClient, DOC_ID, TEXT } from './fake-client'
import { phraseSpan } from '../../support/phrase-span'

const STAMP = '2026-01-01T00:00:00.000Z'

/** A span of `annotator` over `phrase` of the fake client's text. */
export function spanOn(annotator: string, phrase: string, label: string): Span {
  const span = phraseSpan(TEXT, phrase, label, '')
  return { ...span, id: `${annotator}-${label}-${span.start}` }
}

export interface ReviewHost {
  readonly client: GlossClient
  layers: { annotator: string; spans: Span[]; relations?: Relation[] }[]
  gold: GoldState
  /** Every gold edit the UI sent, in order. */
  readonly sent: Input<'applyGoldEdit'>[]
  /** Makes the next gold saves fail with this message until cleared. */
  failSaves: string | null
  /** How many times the UI read the document for review. */
  reads: number
  /** Holds every gold save until the returned function is called. */
  holdSaves: () => () => void
  /** Holds the answers to document reads (as they were when asked) until released. */
  holdReads: () => () => void
}

/**
 * A host that keeps two annotators' layers and a gold layer in memory and applies the gold
 * edits it is sent strictly, as the real service does.
 */
export function createReviewHost(): ReviewHost {
  const base = createFakeClient().client
  const host: ReviewHost = {
    client: base,
    layers: [
      {
        annotator: 'lan',
        spans: [
          spanOn('lan', 'will increase intelligence-sharing', 'commitment'),
          spanOn('lan', '76,000 people', 'statistic'),
        ],
      },
      {
        annotator: 'minh',
        spans: [
          spanOn('minh', 'will increase intelligence-sharing', 'claim'),
          spanOn('minh', '76,000 people', 'statistic'),
          spanOn('minh', 'crossed', 'claim'),
        ],
      },
    ],
    gold: EMPTY_GOLD,
    sent: [],
    failSaves: null,
    reads: 0,
    holdSaves: () => {
      let release = (): void => undefined
      held = new Promise<void>((resolve) => (release = resolve))
      return () => {
        held = null
        release()
      }
    },
    holdReads: () => {
      let release = (): void => undefined
      heldRead = new Promise<void>((resolve) => (release = resolve))
      return () => {
        heldRead = null
        release()
      }
    },
  }
  let held: Promise<void> | null = null
  let heldRead: Promise<void> | null = null
  const document = async (): Promise<ReviewDocument> => {
    const opened = await base.getDocument({ docId: DOC_ID })
    if (!opened.ok) throw new Error('the fake has no document')
    return {
      entry: opened.value.entry,
      text: TEXT,
      layers: host.layers.map((layer) => ({ ...layer, status: 'done' as const })),
      notAnnotated: [],
      gold: {
        version: 1,
        docId: DOC_ID,
        annotator: '_gold',
        status: 'in-progress',
        spans: host.gold.spans,
        decisions: host.gold.decisions,
        ...(host.gold.relations && { relations: host.gold.relations }),
        updatedAt: STAMP,
      },
    }
  }
  const progress = () =>
    reviewProgress(groupCandidates(host.layers), indexDecisions(host.gold.decisions))
  const client = {
    ...base,
    listAnnotators: async () => ({ ok: true, value: host.layers.map((layer) => layer.annotator) }),
    // As the host does: the annotators asked for, everyone when none are.
    listReview: async (input: Input<'listReview'>) => ({
      ok: true,
      value: {
        annotators:
          input.annotators !== undefined && input.annotators.length > 0
            ? input.annotators
            : host.layers.map((layer) => layer.annotator),
        documents: [
          {
            id: DOC_ID,
            title: 'Ministry',
            annotated: host.layers.map((layer) => layer.annotator),
            progress: progress(),
            goldSpans: host.gold.spans.length,
            adjudicated: progress().adjudicated,
          },
        ],
      },
    }),
    getReviewDocument: async () => {
      host.reads++
      const value = await document()
      await heldRead
      return { ok: true, value }
    },
    applyGoldEdit: async (input: Input<'applyGoldEdit'>) => {
      await held
      if (host.failSaves)
        return { ok: false, error: { code: 'unwritable', message: host.failSaves } }
      host.sent.push(input)
      host.gold = applyGoldEdit(host.gold, input.edit)
      return { ok: true, value: { updatedAt: STAMP, progress: progress() } }
    },
  }
  return Object.assign(host, { client: client as unknown as GlossClient })
}
