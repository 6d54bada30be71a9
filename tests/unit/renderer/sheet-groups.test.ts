import { describe, expect, it } from 'vitest'

import { sheetGroups } from '../../../src-renderer/keys/sheet-groups'

const titles = (view: Parameters<typeof sheetGroups>[0]) => sheetGroups(view).map((g) => g.title)

describe('sheetGroups', () => {
  it('puts the annotate view, its find bar and its document list first in the annotate view', () => {
    expect(titles('annotate')).toEqual([
      'Annotate',
      'Find bar',
      'Document list',
      'Review',
      'Everywhere',
      'Dialogs',
    ])
  })

  it('puts the review keys first in the review view', () => {
    expect(titles('review')).toEqual([
      'Review',
      'Annotate',
      'Find bar',
      'Document list',
      'Everywhere',
      'Dialogs',
    ])
  })

  it('puts the document list first in the agreement view, which has no keys of its own', () => {
    expect(titles('agreement')[0]).toBe('Document list')
  })

  it('leaves out a group without keys', () => {
    const only = sheetGroups('annotate', [{ scope: 'review', chords: ['A'], action: 'Accept' }])
    expect(only).toEqual([
      { title: 'Review', entries: [{ scope: 'review', chords: ['A'], action: 'Accept' }] },
    ])
  })
})
