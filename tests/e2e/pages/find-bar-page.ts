import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** The annotate view's find bar (Ctrl/Cmd+F) and the matches it paints in the text. */
export class FindBarPage {
  readonly bar: Locator
  readonly field: Locator
  readonly count: Locator
  readonly wholeWords: Locator
  readonly question: Locator
  readonly notice: Locator
  /** The painted matches of the blocks on screen (each line of a match is one box). */
  readonly marks: Locator
  readonly currentMark: Locator

  constructor(
    readonly page: Page,
    textView: Locator,
  ) {
    this.bar = page.getByRole('search', { name: 'Find in the document' })
    this.field = this.bar.getByRole('searchbox', { name: 'Find' })
    this.count = this.bar.getByTestId('find-count')
    this.wholeWords = this.bar.getByRole('button', { name: 'Whole words' })
    this.question = this.bar.getByRole('group', { name: 'Tag all matches?' })
    this.notice = this.bar.locator('.find-notice')
    this.marks = textView.locator('.hl-find')
    this.currentMark = textView.locator('.hl-find-current')
  }

  /** Ctrl+F, then the query typed into the field it focuses. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+f')
    await expect(this.field).toBeFocused()
    await this.field.fill(query)
  }

  /** "Tag all as" the label, by its button in the bar. */
  async tagAllAs(labelName: string): Promise<void> {
    await this.bar
      .getByRole('group', { name: 'Tag all matches as' })
      .getByRole('button', { name: labelName })
      .click()
  }
}
