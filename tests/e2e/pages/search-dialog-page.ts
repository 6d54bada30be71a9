import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** Search the project (Ctrl/Cmd+Shift+F): the box, the results by document, the progress. */
export class SearchDialogPage {
  readonly root: Locator
  readonly field: Locator
  readonly summary: Locator
  readonly results: Locator
  readonly documents: Locator
  readonly current: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Search the project' })
    this.field = this.root.getByRole('searchbox', { name: 'Search the project' })
    this.summary = this.root.locator('.search-summary')
    const list = this.root.getByRole('listbox', { name: 'Search results' })
    this.results = list.getByRole('option')
    this.documents = list.locator('.search-document-title')
    this.current = list.getByRole('option', { selected: true })
  }

  /** Ctrl+Shift+F, the query typed, Enter: waits for the results. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+F')
    await expect(this.field).toBeFocused()
    await this.field.fill(query)
    await this.page.keyboard.press('Enter')
    await expect(this.summary).toBeVisible()
  }
}
