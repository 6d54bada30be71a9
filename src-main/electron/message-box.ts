import { type BrowserWindow, dialog, type MessageBoxOptions } from 'electron'

/** A native message box on our window when it exists (else free-standing); the button index. */
export async function showMessageBoxOn(
  getWindow: () => BrowserWindow | null,
  options: MessageBoxOptions,
): Promise<number> {
  const parent = getWindow()
  const { response } = await (parent
    ? dialog.showMessageBox(parent, options)
    : dialog.showMessageBox(options))
  return response
}
