import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  ATTRIBUTE_FIELD,
  choiceForKey,
  focusFirstAttribute,
} from '../../../src-renderer/annotate/attribute-keys'
import { handleAnnotateKey } from '../../../src-renderer/annotate/use-annotate-keys'
import type { Commands } from '../../../src-renderer/state/commands'

const VALUES = ['firm', 'hedged', 'withdrawn']

describe('choiceForKey (a choice attribute in the inspector)', () => {
  it.each([
    ['1', 'firm'],
    ['3', 'withdrawn'],
    ['0', null],
  ])('key %s gives %j', (key, value) => {
    expect(choiceForKey(VALUES, key)).toBe(value)
  })

  it('leaves other keys to the list box: letters, arrows, a digit past the last value', () => {
    expect(['h', 'ArrowDown', 'Tab', '4'].map((key) => choiceForKey(VALUES, key))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})

/** A page whose inspector shows attribute fields (or none), recording what got focus. */
function page(hasField: boolean) {
  const focused: string[] = []
  const selectors: string[] = []
  return {
    focused,
    selectors,
    root: {
      querySelector(selector: string) {
        selectors.push(selector)
        return hasField ? { focus: () => focused.push('first attribute') } : null
      },
    },
  }
}

describe('the A key in the annotate view', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it("focuses the selected span's first attribute field", () => {
    const { root, focused, selectors } = page(true)
    vi.stubGlobal('document', root)
    const commands = {
      find: { step: () => false },
      annotate: {},
      relations: { draft: () => null },
    } as unknown as Commands
    const event = {
      key: 'a',
      code: 'KeyA',
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
    }
    expect(handleAnnotateKey(event as KeyboardEvent, commands)).toBe(true)
    expect(focused).toEqual(['first attribute'])
    expect(selectors).toEqual([`[${ATTRIBUTE_FIELD}]`])
  })

  it('is not used when there is no attribute field (the key is left to the page)', () => {
    expect(focusFirstAttribute(page(false).root)).toBe(false)
  })
})
