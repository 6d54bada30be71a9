import { describe, expect, it } from 'vitest'

import { DEFAULT_LABELS } from '../../../src-main/core/labels/label'
import { compareWithGold } from '../../../src-main/core/review/compare-with-gold'
import { splitIntoBlocks } from '../../../src-renderer/annotate/blocks'
import { layoutSpans } from '../../../src-main/core/spans/span-layout'
import { planGoldDiffPaints } from '../../../src-renderer/annotate/gold-diff-paints'
import { layoutPaints } from '../../../src-renderer/annotate/layout-paints'
import { withPlan } from '../../../src-renderer/annotate/paint-plan'
import { phraseSpan } from '../../support/phrase-span'

const TEXT = 'The ministry will share data. About 76,000 people crossed.'
const blocks = splitIntoBlocks(TEXT)

describe('planGoldDiffPaints', () => {
  it('marks what gold has otherwise with its label, and the spans gold does not keep', () => {
    const mine = [
      phraseSpan(TEXT, 'will share data', 'commitment', 'm1'),
      phraseSpan(TEXT, 'crossed', 'claim', 'm2'),
    ]
    const gold = [
      phraseSpan(TEXT, 'will share data', 'claim', 'g1'),
      phraseSpan(TEXT, '76,000 people', 'statistic', 'g2'),
    ]
    const plan = planGoldDiffPaints(blocks, compareWithGold(mine, gold), DEFAULT_LABELS)
    expect(plan.get(0)?.map((paint) => [paint.spanId, paint.variant, paint.tag])).toEqual([
      ['gold:g1', 'diff diff-relabelled', 'gold: Claim'],
      ['gold:g2', 'diff diff-added', 'gold: Statistic'],
      ['removed:m2', 'diff diff-removed', 'not in gold'],
    ])
  })

  it('adds nothing when gold keeps exactly the annotator’s spans', () => {
    const mine = [phraseSpan(TEXT, 'crossed', 'claim', 'm1')]
    const own = layoutPaints(layoutSpans(mine), DEFAULT_LABELS)
    const diff = planGoldDiffPaints(blocks, compareWithGold(mine, mine), DEFAULT_LABELS)
    expect(withPlan(own, diff)).toBe(own)
  })
})
