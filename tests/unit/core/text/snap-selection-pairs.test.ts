import { describe, expect, it } from 'vitest'

import { snapSelection } from '../../../../src-main/core/text/snap-selection'

const DATELINE = 'HANOI (VNA) said on Monday'

describe('snapSelection keeps brackets and quotes balanced', () => {
  it('brings in the "(" of a drag that starts on it and runs past ")"', () => {
    // "(VNA) said": snapping drops the leading "(", the ")" inside brings it back.
    expect(snapSelection(DATELINE, 6, 16)).toEqual({ start: 6, end: 16 })
  })

  it('brings in the ")" right after a drag that ends inside the brackets', () => {
    // "HANOI (VNA" → "HANOI (VNA)"
    expect(snapSelection(DATELINE, 0, 10)).toEqual({ start: 0, end: 11 })
  })

  it('drops both brackets of a drag over just "(VNA)"', () => {
    expect(snapSelection(DATELINE, 6, 11)).toEqual({ start: 7, end: 10 })
  })

  it('cuts at a bracket whose partner is not next to the selection, keeping the longer side', () => {
    // "News Agency) said": "(" sits before "Vietnam", which was not selected → "News Agency".
    expect(snapSelection('the (Vietnam News Agency) said', 13, 30)).toEqual({ start: 13, end: 24 })
  })

  it('keeps the side after the cut when it holds more of the selection', () => {
    // "last year) is a global problem" → "is a global problem"
    const text = 'Illegal migration (which rose last year) is a global problem'
    expect(snapSelection(text, 30, 61)).toEqual({ start: 41, end: 60 })
  })

  it('reaches over a full stop inside the quotes for the closing quote', () => {
    // "said “We will act." → "said “We will act.”"
    expect(snapSelection('he said “We will act.” Then', 3, 21)).toEqual({ start: 3, end: 22 })
  })

  it('brings in the opening quote of a quote closed after a comma', () => {
    // "We will act,” and" → "“We will act,” and"
    expect(snapSelection('he said “We will act,” and left', 9, 26)).toEqual({ start: 8, end: 26 })
  })

  it('brings in nested marks together', () => {
    // "VNA”) said" → "(“VNA”) said"
    expect(snapSelection('a (“VNA”) said', 4, 14)).toEqual({ start: 2, end: 14 })
  })

  it('brings in only the partner, not an unrelated mark before it', () => {
    // "VNA) said" in "a “(VNA) said" → "(VNA) said"; the "“" stays out.
    expect(snapSelection('a “(VNA) said', 4, 13)).toEqual({ start: 3, end: 13 })
  })

  it('cuts at a bracket whose partner lies beyond a quote left open', () => {
    // "VNA) said" in "x (“VNA) said": bringing in "(" would bring in the lone "“" too → "said".
    expect(snapSelection('x (“VNA) said', 4, 13)).toEqual({ start: 9, end: 13 })
  })

  it('balances brackets glued to the word before them ("Hanoi(VNA)")', () => {
    // "Hanoi(VNA" → "Hanoi(VNA)"
    expect(snapSelection('Hanoi(VNA) said', 0, 9)).toEqual({ start: 0, end: 10 })
  })

  it.each([
    ['[', ']'],
    ['{', '}'],
    ['«', '»'],
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
    ["'", "'"],
  ])('brings in the opening %s of a drag that runs past its %s', (open, close) => {
    // "VNA<close> sai" → "<open>VNA<close> said"
    expect(snapSelection(`x ${open}VNA${close} said`, 3, 11)).toEqual({ start: 2, end: 12 })
  })

  it('treats a straight quote closing after a word as closing ("act" and)', () => {
    // 'We will act" and' → '"We will act" and'
    expect(snapSelection('he said "We will act" and left', 9, 25)).toEqual({ start: 8, end: 25 })
  })

  it('leaves an apostrophe inside a word alone ("UK’s")', () => {
    expect(snapSelection('the UK’s plan', 4, 13)).toEqual({ start: 4, end: 13 })
  })

  it('does not take an apostrophe inside a word for a closing quote (‘UK’s plan’)', () => {
    // "UK’s plan" stays as it is: its "’" closes nothing, so the "‘" before it stays out.
    expect(snapSelection('the ‘UK’s plan’ said', 5, 14)).toEqual({ start: 5, end: 14 })
  })

  it('leaves a possessive apostrophe alone: a lone closing single quote is no reason to cut', () => {
    expect(snapSelection('the analysts’ notes', 4, 19)).toEqual({ start: 4, end: 19 })
  })

  it('leaves a lone opening single quote alone (the ‘90s)', () => {
    expect(snapSelection('the ‘90s boom', 0, 13)).toEqual({ start: 0, end: 13 })
  })

  it('balances around Vietnamese words with diacritics', () => {
    // "TTXVN) cho bi" → "(TTXVN) cho biết"
    expect(snapSelection('HÀ NỘI (TTXVN) cho biết', 8, 21)).toEqual({ start: 7, end: 23 })
  })

  it('balances around an emoji', () => {
    // "🎉) rồi" → "(🎉) rồi"
    expect(snapSelection('khen (🎉) rồi', 6, 13)).toEqual({ start: 5, end: 13 })
  })

  it('ends a drag over "relations.Apart" at the full stop, as snapToWords does', () => {
    const text = 'marked 51 years of diplomatic relations.Apart from trade'
    expect(snapSelection(text, 7, 36)).toEqual({ start: 7, end: 39 })
  })
})
