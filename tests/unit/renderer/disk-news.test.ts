import { describe, expect, it } from 'vitest'

import type { DiskChange } from '../../../src-main/contract/disk-changes'
import type { DiskState } from '../../../src-renderer/state/app-state'
import { touchesDocument, touchesLayers } from '../../../src-renderer/state/disk-news'

const news = (...changes: DiskChange[]): DiskState => ({ seq: 1, changes, everything: false })
const bobOn = (docId: string): DiskChange => ({ kind: 'annotations', annotator: 'bob', docId })

describe('whether disk news concerns a view', () => {
  it("touches a document view when a shown layer's file for it changed", () => {
    expect([
      touchesDocument(news(bobOn('aaaaaaaa')), 'aaaaaaaa', ['ann', 'bob']),
      touchesDocument(news(bobOn('aaaaaaaa')), 'aaaaaaaa', ['ann', '_gold']),
      touchesDocument(news(bobOn('bbbbbbbb')), 'aaaaaaaa'),
      touchesDocument(news(bobOn('aaaaaaaa')), 'aaaaaaaa'),
    ]).toEqual([true, false, false, true])
  })

  it('touches a document view for its comments and the labels, not for the index', () => {
    const comment: DiskChange = { kind: 'comments', author: 'cy', docId: 'aaaaaaaa' }
    expect([
      touchesDocument(news(comment), 'aaaaaaaa', ['bob']),
      touchesDocument(news({ kind: 'project' }), 'aaaaaaaa', ['bob']),
      touchesDocument(news({ kind: 'index' }), 'aaaaaaaa', ['bob']),
    ]).toEqual([true, true, false])
  })

  it('touches a project-wide view for its layers, the documents and the labels', () => {
    expect([
      touchesLayers(news(bobOn('aaaaaaaa')), ['bob']),
      touchesLayers(news(bobOn('aaaaaaaa')), ['ann']),
      touchesLayers(news({ kind: 'index' }), ['ann']),
      touchesLayers(news({ kind: 'comments', author: 'cy', docId: 'aaaaaaaa' })),
    ]).toEqual([true, false, true, false])
  })

  it('touches every view when the host could not say what changed', () => {
    const everything: DiskState = { seq: 2, changes: [], everything: true }
    expect([touchesDocument(everything, 'aaaaaaaa', ['bob']), touchesLayers(everything)]).toEqual([
      true,
      true,
    ])
  })
})
