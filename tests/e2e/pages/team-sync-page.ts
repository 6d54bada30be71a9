import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** Share → Team sync…, the Sync button in the top bar, the summary, and joining a team. */
export class TeamSyncPage {
  readonly shareMenu: Locator
  readonly dialog: Locator
  readonly remote: Locator
  readonly syncNow: Locator
  readonly button: Locator
  readonly status: Locator
  readonly summary: Locator
  readonly summaryLines: Locator
  readonly join: Locator

  constructor(readonly page: Page) {
    this.shareMenu = page.getByRole('button', { name: 'Share', exact: true })
    this.dialog = page.getByRole('dialog', { name: 'Team sync' })
    this.remote = this.dialog.getByRole('textbox', { name: /Team remote/ })
    this.syncNow = this.dialog.getByRole('button', { name: 'Sync now' })
    this.button = page.locator('.sync-button')
    this.status = this.button.locator('.sync-status')
    this.summary = page.getByRole('dialog', { name: 'Sync finished' })
    this.summaryLines = this.summary
      .getByRole('list', { name: 'What the sync did' })
      .getByRole('listitem')
    this.join = page.getByRole('dialog', { name: 'Join a team project' })
  }

  /** Share → Team sync…: the dialog open, its remote field ready. */
  async openDialog(): Promise<void> {
    await this.shareMenu.click()
    await this.page.getByRole('menuitem', { name: 'Team sync…' }).click()
    await expect(this.remote).toBeFocused()
  }

  /** Types the remote into Team sync and syncs; leaves the summary open. */
  async syncWith(remote: string): Promise<void> {
    await this.remote.fill(remote)
    await this.syncNow.click()
    await expect(this.summary).toBeVisible()
  }

  async closeSummary(): Promise<void> {
    await this.summary.getByRole('button', { name: 'OK' }).click()
    await expect(this.summary).toBeHidden()
  }

  /** Fills the Join dialog and joins; the project is open after. */
  async joinWith(remote: string, folder: string): Promise<void> {
    await this.join.getByRole('textbox', { name: /Team remote/ }).fill(remote)
    await this.join.getByRole('textbox', { name: /New project folder/ }).fill(folder)
    await this.page.screenshot({ path: 'test-results/screenshots/team-sync-join.png' })
    await this.join.getByRole('button', { name: 'Join', exact: true }).click()
    await expect(this.join).toBeHidden()
  }
}
