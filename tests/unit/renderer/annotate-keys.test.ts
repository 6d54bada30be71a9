import { describe, expect, it } from 'vitest'

import { handleAnnotateKey } from '../../../src-renderer/annotate/use-annotate-keys'
import type { Commands } from '../../../src-renderer/state/commands'
import { keyPress } from './key-press'

/** Commands that only record which one ran, with what. */
function recorder() {
  const calls: string[] = []
  const record =
    (name: string, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push(args.length ? `${name}(${args.map(String).join(',')})` : name)
      return result
    }
  const commands = {
    annotate: {
      undo: record('undo'),
      redo: record('redo'),
      pressLabelKey: record('label', true),
      deleteSelected: record('delete', true),
      setSelection: record('setSelection'),
      selectSpan: record('selectSpan'),
    },
    documents: { toggleDone: record('toggleDone'), stepDocument: record('step') },
    comments: { compose: record('compose', true) },
    docLabels: { pressKey: record('docLabel', true) },
    guidelines: { open: record('guidelines', true) },
    spanSteps: { step: record('stepSpan', true) },
    // The find bar is closed: Escape and F3 are not its keys.
    find: {
      open: record('find'),
      step: record('findStep', false),
      close: record('closeFind', false),
    },
    // No relation is being drawn and no span is selected: R does nothing.
    relations: { draft: () => null, start: record('relation', false) },
  } as unknown as Commands
  return { calls, commands }
}

const key = keyPress

describe('handleAnnotateKey', () => {
  it.each([
    [{ key: '1', code: 'Digit1' }, 'label(1)'],
    [{ key: '&', code: 'Digit1' }, 'label(1)'],
    [{ key: '7', code: 'Numpad7' }, 'label(7)'],
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'z', metaKey: true }, 'undo'],
    [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    [{ key: 'y', ctrlKey: true }, 'redo'],
    [{ key: 'Enter', ctrlKey: true }, 'toggleDone'],
    [{ key: 'j' }, 'step(1)'],
    [{ key: 'k' }, 'step(-1)'],
    [{ key: 'Delete' }, 'delete'],
    [{ key: 'Backspace' }, 'delete'],
    [{ key: 'c' }, 'compose'],
    [{ key: '!', code: 'Digit1', shiftKey: true }, 'docLabel(1)'],
    [{ key: 'g' }, 'guidelines'],
    [{ key: 'n' }, 'stepSpan(1)'],
    [{ key: 'p' }, 'stepSpan(-1)'],
    [{ key: 'f', ctrlKey: true }, 'find'],
    [{ key: 'F', metaKey: true }, 'find'],
  ])('%j runs %s', (init, expected) => {
    const { calls, commands } = recorder()
    expect(handleAnnotateKey(key(init), commands)).toBe(true)
    expect(calls).toEqual([expected])
  })

  it('Escape with the find bar closed drops both the pending selection and the selected span', () => {
    const { calls, commands } = recorder()
    handleAnnotateKey(key({ key: 'Escape' }), commands)
    expect(calls).toEqual(['closeFind', 'setSelection(null)', 'selectSpan(null)'])
  })

  it('Escape with the find bar open closes it and keeps the selection', () => {
    const { calls, commands } = recorder()
    commands.find.close = () => (calls.push('closeFind'), true)
    expect(handleAnnotateKey(key({ key: 'Escape' }), commands)).toBe(true)
    expect(calls).toEqual(['closeFind'])
  })

  it.each([
    [{ key: 'F3' }, 'findStep(1)'],
    [{ key: 'F3', shiftKey: true }, 'findStep(-1)'],
  ])('%j with the find bar open runs %s', (init, expected) => {
    const { calls, commands } = recorder()
    commands.find.step = (by) => (calls.push(`findStep(${by})`), true)
    expect(handleAnnotateKey(key(init), commands)).toBe(true)
    expect(calls).toEqual([expected])
  })

  it.each([
    [{ key: 'c', ctrlKey: true }],
    [{ key: 'X', shiftKey: true }],
    [{ key: '1', code: 'Digit1', altKey: true }],
    [{ key: 'x' }],
    [{ key: 'f', ctrlKey: true, shiftKey: true }],
  ])('leaves %j to the browser', (init) => {
    const { calls, commands } = recorder()
    expect(handleAnnotateKey(key(init), commands)).toBe(false)
    expect(calls).toEqual([])
  })
})

describe('I', () => {
  it('moves the focus into the inspector of the selected span', () => {
    const { calls, commands } = recorder()
    const inspect = () => (calls.push('inspect'), true)
    expect(handleAnnotateKey(key({ key: 'i' }), commands, inspect)).toBe(true)
    expect(calls).toEqual(['inspect'])
  })

  it('is left to the browser when no span is selected', () => {
    const { commands } = recorder()
    expect(handleAnnotateKey(key({ key: 'i' }), commands, () => false)).toBe(false)
  })
})

describe('F3 with the find bar closed', () => {
  it('is left to the browser', () => {
    const { calls, commands } = recorder()
    expect(handleAnnotateKey(key({ key: 'F3' }), commands)).toBe(false)
    expect(calls).toEqual(['findStep(1)'])
  })
})
