import { describe, expect, it } from 'vitest'

import { groupCandidates } from '../../../../src-main/core/review/group-candidates'
import type { ReviewGroup } from '../../../../src-main/core/review/review-group'
import { layer, on } from './review-fixture'

/** The parts of a group a reviewer reads: kind, extent, who is there, which versions. */
const summary = (groups: readonly ReviewGroup[]) =>
  groups.map((group) => ({
    kind: group.kind,
    text: `${group.start}-${group.end}`,
    present: group.present,
    absent: group.absent,
    versions: group.candidates.map((c) => `${c.key} by ${c.annotators.join('+')}`),
  }))

describe('groupCandidates', () => {
  it('calls a span every annotator has with the same start, end and label agreed', () => {
    const claim = on('The minister will expand visa checks', 'claim')
    const groups = groupCandidates([layer('alice', claim), layer('bob', { ...claim, id: 'b1' })])
    expect(summary(groups)).toEqual([
      {
        kind: 'agreed',
        text: '0-36',
        present: ['alice', 'bob'],
        absent: [],
        versions: ['0:36:claim by alice+bob'],
      },
    ])
  })

  it('calls the same range with different labels a label conflict', () => {
    const groups = groupCandidates([
      layer('alice', on('will expand visa checks', 'commitment')),
      layer('bob', on('will expand visa checks', 'claim')),
    ])
    expect(summary(groups)).toEqual([
      {
        kind: 'label',
        text: '13-36',
        present: ['alice', 'bob'],
        absent: [],
        versions: ['13:36:claim by bob', '13:36:commitment by alice'],
      },
    ])
    expect(groups[0]?.boundariesDiffer).toBe(false)
  })

  it('calls overlapping spans with the same label but other boundaries a boundary conflict', () => {
    const groups = groupCandidates([
      layer('alice', on('rose 12% to 76,000', 'statistic')),
      layer('bob', on('12% to 76,000 last year', 'statistic')),
    ])
    expect(summary(groups)).toEqual([
      {
        kind: 'boundary',
        text: '47-75',
        present: ['alice', 'bob'],
        absent: [],
        versions: ['47:65:statistic by alice', '52:75:statistic by bob'],
      },
    ])
  })

  it('calls a span only some annotators have missing, naming who has nothing there', () => {
    const groups = groupCandidates([
      layer('alice', on('76,000', 'statistic')),
      layer('bob'),
      layer('dan', on('76,000', 'statistic')),
    ])
    expect(summary(groups)).toEqual([
      {
        kind: 'missing',
        text: '59-65',
        present: ['alice', 'dan'],
        absent: ['bob'],
        versions: ['59:65:statistic by alice+dan'],
      },
    ])
  })

  it('keeps an agreed span apart from a disagreement nested in it', () => {
    const claim = on('Arrivals rose 12% to 76,000 last year', 'claim')
    const groups = groupCandidates([
      layer('alice', claim, on('12%', 'statistic')),
      layer('bob', { ...claim, id: 'b1' }),
    ])
    expect(summary(groups).map((group) => [group.kind, group.text])).toEqual([
      ['agreed', '38-75'],
      ['missing', '52-55'],
    ])
  })

  it('splits a boundary conflict from a nested span only one annotator tagged', () => {
    const groups = groupCandidates([
      layer('alice', on('Arrivals rose 12% to 76,000 last year', 'claim')),
      layer('bob', on('Arrivals rose 12% to 76,000', 'claim'), on('12%', 'statistic')),
    ])
    expect(summary(groups).map((group) => [group.kind, group.text, group.present])).toEqual([
      ['boundary', '38-75', ['alice', 'bob']],
      ['missing', '52-55', ['bob']],
    ])
  })

  it('joins two overlapping spans with other labels and boundaries by different annotators into a label conflict', () => {
    const groups = groupCandidates([
      layer('alice', on('rose 12% to 76,000', 'statistic')),
      layer('bob', on('Arrivals rose 12%', 'claim')),
    ])
    expect(summary(groups).map((group) => [group.kind, group.text, group.present])).toEqual([
      ['label', '38-65', ['alice', 'bob']],
    ])
    expect(groups[0]?.boundariesDiffer).toBe(true)
  })

  it('keeps spans that do not overlap in groups of their own', () => {
    const groups = groupCandidates([
      layer('alice', on('visa checks', 'claim'), on('12%', 'statistic')),
      layer('bob', on('12%', 'statistic')),
    ])
    expect(summary(groups).map((group) => [group.kind, group.text])).toEqual([
      ['missing', '25-36'],
      ['agreed', '52-55'],
    ])
  })

  it('counts a span one annotator tagged twice once', () => {
    const stat = on('12%', 'statistic')
    const groups = groupCandidates([
      layer('alice', stat, { ...stat, id: 'again' }),
      layer('bob', stat),
    ])
    expect(summary(groups)).toEqual([
      {
        kind: 'agreed',
        text: '52-55',
        present: ['alice', 'bob'],
        absent: [],
        versions: ['52:55:statistic by alice+bob'],
      },
    ])
  })

  it('with one annotator, calls every span agreed (there is no one to disagree)', () => {
    const groups = groupCandidates([layer('alice', on('12%', 'statistic'))])
    expect(summary(groups).map((group) => group.kind)).toEqual(['agreed'])
  })

  it('finds nothing to review when nobody tagged anything', () => {
    expect(groupCandidates([layer('alice'), layer('bob')])).toEqual([])
  })

  it('gives the same groups and ids whatever order the spans are stored in', () => {
    const spans = [on('visa checks', 'claim'), on('12%', 'statistic'), on('76,000', 'statistic')]
    const forward = groupCandidates([layer('alice', ...spans), layer('bob', spans[1]!)])
    const backward = groupCandidates([
      layer('alice', ...[...spans].reverse()),
      layer('bob', spans[1]!),
    ])
    expect(backward.map((group) => group.id)).toEqual(forward.map((group) => group.id))
  })
})
