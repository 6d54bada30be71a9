import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { groupCandidates } from '../../../src-main/core/review/group-candidates'
import { splitIntoBlocks } from '../../../src-renderer/annotate/blocks'
import { annotatorBadges } from '../../../src-renderer/review/annotator-badges'
import { planReviewPaints } from '../../../src-renderer/review/review-paints'
import type { ReviewDoc } from '../../../src-renderer/state/review-state'
import { phraseSpan } from '../../support/phrase-span'

const TEXT = 'The ministry will share data. About 76,000 people crossed.'

function docWith(goldPhrase: string | null): ReviewDoc {
  const layers = [
    {
      annotator: 'lan',
      status: 'done' as const,
      spans: [phraseSpan(TEXT, 'will share data', 'commitment', 'l1')],
    },
    {
      annotator: 'minh',
      status: 'done' as const,
      spans: [
        phraseSpan(TEXT, 'will share data', 'claim', 'm1'),
        phraseSpan(TEXT, '76,000 people', 'statistic', 'm2'),
      ],
    },
  ]
  return {
    entry: { id: 'd', title: 't', sourceName: 's', sha256: '', length: TEXT.length, added: '' },
    text: TEXT,
    layers,
    notAnnotated: [],
    gold: {
      spans: goldPhrase ? [phraseSpan(TEXT, goldPhrase, 'statistic', 'g1')] : [],
      decisions: [],
    },
    groups: groupCandidates(layers),
  }
}

const paintsOf = (doc: ReviewDoc, currentGroupId: string | null, showGold = true) =>
  [
    ...(
      planReviewPaints(splitIntoBlocks(TEXT), doc, {
        labels: DEFAULT_LABELS,
        badges: annotatorBadges(['lan', 'minh']),
        currentGroupId,
        showGold,
      }).get(0) ?? []
    ).map(
      (paint) =>
        `${paint.spanId} ${paint.variant} d${paint.depth}${paint.tag ? ` ${paint.tag}` : ''}`,
    ),
  ].sort()

describe('planReviewPaints', () => {
  it("puts each annotator's spans on their own lane and tints every open disagreement", () => {
    const doc = docWith(null)
    expect(paintsOf(doc, null)).toEqual(
      [
        `group:${doc.groups[0]!.id} group open d0`,
        `group:${doc.groups[1]!.id} group open d0`,
        'lan/l1 lane d0',
        'minh/m1 lane d1',
        'minh/m2 lane d1',
      ].sort(),
    )
  })

  it("outlines the current group and tags its spans with the annotators' initials", () => {
    const doc = docWith(null)
    const current = doc.groups[0]!
    expect(paintsOf(doc, current.id).filter((line) => line.includes('current'))).toEqual(
      [
        `group:${current.id} group open current-group d0`,
        'lan/l1 lane current d0 LA',
        'minh/m1 lane current d1 MI',
      ].sort(),
    )
  })

  it('paints gold spans on the lane after the annotators, and not when gold is hidden', () => {
    const doc = docWith('76,000 people')
    expect(paintsOf(doc, null).filter((line) => line.startsWith('g1'))).toEqual(['g1 gold d2'])
    expect(paintsOf(doc, null, false).filter((line) => line.startsWith('g1'))).toEqual([])
  })
})

describe('annotatorBadges', () => {
  it('gives each annotator two letters, more where two would share them, and a colour each', () => {
    const badges = annotatorBadges(['lan', 'lana', 'minh'])
    expect([...badges.values()].map((badge) => badge.initials)).toEqual(['LA', 'LAN', 'MI'])
    expect(new Set([...badges.values()].map((badge) => badge.color)).size).toBe(3)
  })
})
