import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** File → Import annotations…: format, layer, offsets and files; then its summary. */
export class ImportAnnotationsPage {
  readonly root: Locator
  readonly format: Locator
  readonly offsets: Locator
  readonly annotatorName: Locator
  readonly picked: Locator
  readonly importButton: Locator
  readonly summary: Locator
  readonly counts: Locator
  readonly layers: Locator
  readonly problems: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Import annotations' })
    this.format = this.root.getByRole('combobox', { name: 'Format' })
    this.offsets = this.root.getByRole('combobox', { name: 'Offsets in the file' })
    this.annotatorName = this.root.getByRole('textbox', { name: 'Annotator name' })
    this.picked = this.root.getByTestId('picked-files')
    this.importButton = this.root.getByRole('button', { name: 'Import', exact: true })
    this.summary = page.getByRole('dialog', { name: 'Annotation import finished' })
    this.counts = this.summary.getByRole('list', { name: 'Import counts' }).getByRole('listitem')
    this.layers = this.summary.getByTestId('import-layers')
    this.problems = this.summary.getByRole('list', { name: 'Problems' }).getByRole('listitem')
  }

  layer(name: 'As the file says' | 'Mine' | 'Another annotator'): Locator {
    return this.root.getByRole('radio', { name, exact: true })
  }

  /** Chooses files (or brat's folder) through the browser's file chooser. */
  async chooseFiles(paths: string | readonly string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.root.getByRole('button', { name: /^Choose (files|folder)…$/ }).click()
    await (await chooser).setFiles(typeof paths === 'string' ? paths : [...paths])
  }

  /** Clicks Import and waits for the summary. */
  async run(): Promise<Locator> {
    await this.importButton.click()
    await expect(this.summary).toBeVisible()
    return this.summary
  }
}
