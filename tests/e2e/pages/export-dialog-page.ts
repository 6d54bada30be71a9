import type { Download, Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** File → Export…: the options form, then the summary of what was written. */
export class ExportDialogPage {
  readonly root: Locator
  readonly format: Locator
  readonly formatHelp: Locator
  readonly source: Locator
  readonly offsets: Locator
  readonly bom: Locator
  readonly exportButton: Locator
  readonly progress: Locator
  readonly result: Locator
  readonly counts: Locator
  readonly warnings: Locator
  readonly files: Locator
  readonly offsetsSummary: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Export' })
    this.format = this.root.getByRole('combobox', { name: 'Format' })
    this.formatHelp = this.root.locator('#export-format-help')
    this.source = this.root.getByRole('combobox', { name: 'Whose annotations' })
    this.offsets = this.root.getByRole('combobox', { name: 'Offsets' })
    this.bom = this.root.getByRole('checkbox', { name: /UTF-8 BOM for Excel/ })
    this.exportButton = this.root.getByRole('button', { name: /^Export(ing…)?$/ })
    this.progress = this.root.getByRole('progressbar', { name: 'Export progress' })
    this.result = this.root.getByRole('status')
    this.counts = this.root.getByRole('list', { name: 'Export counts' }).getByRole('listitem')
    this.warnings = this.root.getByRole('list', { name: 'Warnings' }).getByRole('listitem')
    this.files = this.root.getByRole('list', { name: 'Files written' }).getByRole('listitem')
    this.offsetsSummary = this.root.getByTestId('export-offsets')
  }

  documents(name: string | RegExp): Locator {
    return this.root.getByRole('group', { name: 'Documents' }).getByRole('radio', { name })
  }

  status(name: string | RegExp): Locator {
    return this.root.getByRole('group', { name: 'Status' }).getByRole('radio', { name })
  }

  /** Clicks Export and waits for the browser's download of the result. */
  async exportAndDownload(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.exportButton.click()
    const file = await download
    await expect(this.result).toBeVisible()
    return file
  }
}
