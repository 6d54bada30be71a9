import type { Locator, Page } from '@playwright/test'

/** The annotate view's document labels panel and the Settings section that defines them. */
export class DocLabelsPage {
  readonly panel: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('doc-labels')
  }

  /** The value's button in the category's row of the panel. */
  value(category: string, value: string): Locator {
    return this.panel.getByRole('group', { name: category }).getByRole('button', { name: value })
  }

  /** Settings → Document labels → Add category, filled in and submitted. */
  async addCategory(settings: Locator, name: string, values: string): Promise<void> {
    const form = settings.getByRole('form', { name: 'Add a document label category' })
    await form.getByRole('textbox', { name: 'New category name' }).fill(name)
    await form.getByRole('textbox', { name: 'New category values' }).fill(values)
    await form.getByRole('button', { name: 'Add category' }).click()
  }
}
