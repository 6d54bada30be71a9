import type { KeyPress } from '../../../src-renderer/keys/chord'

/** A key press with no modifier held unless `init` says so. */
export const keyPress = (init: Partial<KeyPress>): KeyboardEvent =>
  ({
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...init,
  }) as KeyboardEvent
