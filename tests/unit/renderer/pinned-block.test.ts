// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'

import { blockIndexOfNode, withPinnedBlock } from '../../../src-renderer/annotate/pinned-block'

describe('withPinnedBlock', () => {
  it('adds the anchor block to a visible range that has scrolled away from it', () => {
    expect(withPinnedBlock([40, 41, 42], 3)).toEqual([3, 40, 41, 42])
  })

  it('leaves a range that already holds the anchor block as it is', () => {
    expect(withPinnedBlock([2, 3, 4], 3)).toEqual([2, 3, 4])
  })

  it('mounts only the visible range when nothing is selected', () => {
    expect(withPinnedBlock([7, 8], null)).toEqual([7, 8])
  })
})

describe('blockIndexOfNode', () => {
  it('finds the block of a text node inside it', () => {
    document.body.innerHTML = '<div data-index="12"><div data-start="500">Hà Nội</div></div>'
    const text = document.querySelector('[data-start]')?.firstChild ?? null

    expect(blockIndexOfNode(text)).toBe(12)
  })

  it('is null outside any block', () => {
    document.body.innerHTML = '<p>elsewhere</p>'

    expect(blockIndexOfNode(document.querySelector('p'))).toBeNull()
  })
})
