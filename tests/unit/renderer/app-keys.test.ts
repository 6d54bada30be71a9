import { describe, expect, it } from 'vitest'

import { handleAppKey } from '../../../src-renderer/keys/app-keys'
import type { Commands } from '../../../src-renderer/state/commands'
import { keyPress } from './key-press'

const press = keyPress

function recorder() {
  const calls: string[] = []
  const commands = {
    ui: {
      openDialog: (dialog: { kind: string }) => calls.push(`dialog(${dialog.kind})`),
      showView: (view: string) => calls.push(`view(${view})`),
    },
    sync: { syncOrSetUp: () => (calls.push('sync'), true) },
  } as unknown as Pick<Commands, 'ui' | 'sync'>
  const focusList = () => (calls.push('focusList'), true)
  return { calls, commands, focusList }
}

describe('handleAppKey', () => {
  it.each([
    [{ key: '?', shiftKey: true }, 'dialog(keys)'],
    [{ key: 'F1' }, 'dialog(keys)'],
    [{ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }, 'view(annotate)'],
    [{ key: '2', code: 'Digit2', ctrlKey: true, altKey: true }, 'view(review)'],
    [{ key: '3', code: 'Digit3', metaKey: true, altKey: true }, 'view(agreement)'],
    [{ key: 'l' }, 'focusList'],
    [{ key: 'S', ctrlKey: true, shiftKey: true }, 'sync'],
    [{ key: 'S', metaKey: true, shiftKey: true }, 'sync'],
  ])('%j runs %s', (init, expected) => {
    const { calls, commands, focusList } = recorder()
    expect(handleAppKey(press(init), commands, focusList)).toBe(true)
    expect(calls).toEqual([expected])
  })

  it('leaves L to the browser when no document list is shown', () => {
    const { commands } = recorder()
    expect(handleAppKey(press({ key: 'l' }), commands, () => false)).toBe(false)
  })

  it('leaves Ctrl+Shift+S to the browser when there is no project to sync', () => {
    const { commands } = recorder()
    const none = { ...commands, sync: { syncOrSetUp: () => false } } as unknown as typeof commands
    expect(handleAppKey(press({ key: 'S', ctrlKey: true, shiftKey: true }), none)).toBe(false)
  })

  it.each([[{ key: '2', code: 'Digit2' }], [{ key: '@', code: 'Digit2', shiftKey: true }]])(
    'leaves %j (a label key, a document label key) to the view',
    (init) => {
      const { calls, commands, focusList } = recorder()
      expect(handleAppKey(press(init), commands, focusList)).toBe(false)
      expect(calls).toEqual([])
    },
  )
})
