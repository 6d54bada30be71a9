import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

export interface Point {
  readonly x: number
  readonly y: number
}

/** Where a phrase sits on screen: just inside its first and last characters. */
export interface PhraseBox {
  readonly first: Point
  readonly last: Point
  readonly middle: Point
}

/** The Gloss window as an analyst sees it; tests talk to the app only through this. */
export class WorkbenchPage {
  readonly fileMenu: Locator
  readonly textView: Locator
  readonly highlights: Locator
  readonly saveState: Locator
  readonly documents: Locator
  readonly progress: Locator
  readonly spans: Locator
  readonly palette: Locator
  readonly selectedSpan: Locator
  readonly docStatus: Locator
  /** What a screen reader hears of the selected span ("Span 2 of 4, Claim: …"). */
  readonly selectedSpanStatus: Locator

  constructor(readonly page: Page) {
    this.fileMenu = page.getByRole('button', { name: 'File', exact: true })
    this.textView = page.getByTestId('text-view')
    this.highlights = page.getByTestId('highlight')
    this.saveState = page.getByTestId('save-state')
    this.documents = page.getByRole('listbox', { name: 'Documents' })
    this.progress = page.getByTestId('progress')
    this.spans = page.getByRole('list', { name: 'Spans' })
    this.palette = page.getByRole('toolbar', { name: 'Label the selection' })
    this.selectedSpan = page.getByRole('region', { name: 'Selected span' })
    this.docStatus = page.getByTestId('doc-status')
    this.selectedSpanStatus = page.getByTestId('selected-span-status')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.fileMenu).toBeVisible()
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name })
  }

  async chooseMenu(item: string): Promise<void> {
    await this.fileMenu.click()
    await this.page.getByRole('menuitem', { name: item }).click()
  }

  /** File → Import files…, through the browser's file chooser; leaves the summary open. */
  async importFiles(paths: readonly string[]): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.chooseMenu('Import files…')
    await (await chooser).setFiles([...paths])
    const summary = this.dialog('Import finished')
    await expect(summary).toBeVisible()
    return summary
  }

  async importAndClose(paths: readonly string[]): Promise<void> {
    const summary = await this.importFiles(paths)
    await summary.getByRole('button', { name: 'OK' }).click()
    await expect(summary).toBeHidden()
  }

  documentItem(title: string | RegExp): Locator {
    return this.documents.getByRole('option', { name: title })
  }

  async openDocument(title: string | RegExp): Promise<void> {
    await this.documentItem(title).click()
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  }

  highlightsOf(label: string): Locator {
    return this.textView.locator(`[data-testid="highlight"][data-label="${label}"]`)
  }

  /** The phrase's position on screen, found with a DOM Range over the rendered text. */
  async phraseBox(phrase: string, occurrence = 0): Promise<PhraseBox> {
    const box = await this.textView.evaluate(
      (view, [text, nth]) => {
        let seen = 0
        for (const block of view.querySelectorAll('[data-start]')) {
          const node = block.firstChild
          if (!node || node.nodeType !== Node.TEXT_NODE) continue
          const content = node.textContent ?? ''
          for (let at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
            if (seen++ < nth) continue
            const range = document.createRange()
            range.setStart(node, at)
            range.setEnd(node, at + text.length)
            const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
            const first = rects[0]
            const last = rects[rects.length - 1]
            if (!first || !last) return null
            return {
              first: { x: first.left + 2, y: first.top + first.height / 2 },
              last: { x: last.right - 2, y: last.top + last.height / 2 },
              middle: { x: first.left + first.width / 2, y: first.top + first.height / 2 },
            }
          }
        }
        return null
      },
      [phrase, occurrence] as const,
    )
    if (!box) throw new Error(`"${phrase}" is not in the rendered text`)
    return box
  }

  /** A real mouse drag from the phrase's first character to its last. */
  async dragOver(phrase: string, options: { readonly alt?: boolean } = {}): Promise<void> {
    const { first, last } = await this.phraseBox(phrase)
    const { mouse, keyboard } = this.page
    if (options.alt) await keyboard.down('Alt')
    await mouse.move(first.x, first.y)
    await mouse.down()
    await mouse.move((first.x + last.x) / 2, (first.y + last.y) / 2, { steps: 4 })
    await mouse.move(last.x, last.y, { steps: 4 })
    await mouse.up()
    if (options.alt) await keyboard.up('Alt')
    await expect(this.palette).toBeVisible()
  }

  /** Drag over the phrase and press the label's key. */
  async label(phrase: string, key: string): Promise<void> {
    await this.dragOver(phrase)
    await this.page.keyboard.press(key)
    await expect(this.palette).toBeHidden()
  }

  async clickPhrase(phrase: string): Promise<void> {
    const { middle } = await this.phraseBox(phrase)
    await this.page.mouse.click(middle.x, middle.y)
  }

  /** Settings → Annotator name: from now on the window works as `name`. */
  async switchAnnotator(name: string): Promise<void> {
    await this.chooseMenu('Settings')
    const settings = this.dialog('Settings')
    await settings.getByRole('textbox', { name: 'Annotator name' }).fill(name)
    await settings.getByRole('button', { name: 'Change' }).click()
    await expect(
      this.page.getByRole('button', { name: `Annotator: ${name} (change in Settings)` }),
    ).toBeVisible()
    await settings.getByRole('button', { name: 'Done' }).click()
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveState).toHaveText('Saved')
  }
}
