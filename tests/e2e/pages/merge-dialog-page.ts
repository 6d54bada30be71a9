import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** File → Merge colleague's project…: the folder, the plan, then the summary. */
export class MergeDialogPage {
  readonly root: Locator
  readonly path: Locator
  readonly previewButton: Locator
  readonly mergeButton: Locator
  readonly layers: Locator
  readonly counts: Locator
  readonly newDocuments: Locator
  readonly notMerged: Locator
  readonly summary: Locator
  readonly summaryLayers: Locator
  readonly summaryCounts: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Merge colleague’s project' })
    this.path = this.root.getByRole('textbox', { name: /Colleague’s project folder/ })
    this.previewButton = this.root.getByRole('button', { name: 'Preview' })
    this.mergeButton = this.root.getByRole('button', { name: 'Merge', exact: true })
    this.layers = this.root.getByRole('table', { name: 'Layers' }).locator('tbody tr')
    this.counts = this.root.getByRole('list', { name: 'Merge counts' }).getByRole('listitem')
    this.newDocuments = this.root.getByRole('list', { name: 'New documents' }).getByRole('listitem')
    this.notMerged = this.root.getByRole('list', { name: 'Not merged' }).getByRole('listitem')
    this.summary = page.getByRole('dialog', { name: 'Merge finished' })
    this.summaryLayers = this.summary.getByRole('table', { name: 'Layers' }).locator('tbody tr')
    this.summaryCounts = this.summary
      .getByRole('list', { name: 'Merge counts' })
      .getByRole('listitem')
  }

  /** Types the folder and asks for the plan. */
  async preview(folder: string): Promise<void> {
    await this.path.fill(folder)
    await this.previewButton.click()
    await expect(this.mergeButton).toBeVisible()
  }

  renameField(layer: string): Locator {
    return this.root.getByRole('textbox', { name: `Merge ${layer} as` })
  }

  /** Clicks Merge and waits for the summary. */
  async merge(): Promise<void> {
    await this.mergeButton.click()
    await expect(this.summary).toBeVisible()
  }
}
