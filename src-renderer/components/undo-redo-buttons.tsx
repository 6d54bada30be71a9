/** Whether shortcuts are written the Mac way (⌘). */
export const IS_MAC = navigator.platform.toLowerCase().includes('mac')

/** How the platform writes the shortcut modifier: `⌘` on a Mac, `Ctrl+` elsewhere. */
export const MOD = IS_MAC ? '⌘' : 'Ctrl+'

interface UndoRedoButtonsProps {
  readonly canUndo: boolean
  readonly canRedo: boolean
  readonly onUndo: () => void
  readonly onRedo: () => void
}

/** Undo and Redo, with their shortcuts in the tooltips. */
export function UndoRedoButtons({ canUndo, canRedo, onUndo, onRedo }: UndoRedoButtonsProps) {
  return (
    <>
      <button type="button" onClick={onUndo} disabled={!canUndo} title={`${MOD}Z`}>
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!canRedo} title={`${MOD}Shift+Z`}>
        Redo
      </button>
    </>
  )
}
