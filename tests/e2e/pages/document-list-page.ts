import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** The document list's sort, label filter and renaming, as the analyst uses them. */
export class DocumentListPage {
  readonly list: Locator
  readonly titles: Locator
  readonly sortBy: Locator
  readonly labelFilter: Locator
  readonly titleField: Locator

  constructor(readonly page: Page) {
    const pane = page.getByRole('navigation', { name: 'Documents' })
    this.list = pane.getByRole('listbox', { name: 'Documents' })
    this.titles = this.list.getByTestId('doc-title')
    this.sortBy = pane.getByRole('combobox', { name: 'Sort documents by' })
    this.labelFilter = pane.getByRole('combobox', { name: 'Filter by label' })
    this.titleField = this.list.getByRole('textbox', { name: 'Document title' })
  }

  /** The button that shows which way the list runs and reverses it. */
  direction(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Documents' }).getByRole('button', { name })
  }

  statusFilter(name: string): Locator {
    return this.page.getByRole('radiogroup', { name: 'Filter by status' }).getByRole('radio', {
      name,
    })
  }

  async expectTitles(titles: readonly string[]): Promise<void> {
    await expect(this.titles).toHaveText([...titles])
  }
}
