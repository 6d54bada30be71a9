import { expect, type Locator, type Page } from '@playwright/test'

/** The welcome screen of a window without a project, and the first-run hints after it. */
export class FirstRunPage {
  readonly welcome: Locator
  readonly hints: Locator
  readonly currentStep: Locator

  constructor(readonly page: Page) {
    this.welcome = page.getByRole('region', { name: 'Welcome to Gloss' })
    this.hints = page.getByRole('complementary', { name: 'Getting started' })
    this.currentStep = this.hints.locator('li[aria-current="step"]')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.welcome).toBeVisible()
  }

  /** Try the sample project: its first article opens in the annotate view. */
  async openSample(): Promise<void> {
    await this.welcome.getByRole('button', { name: /Try the sample project/ }).click()
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: 'Harbour council promises electric ferries by 2029',
      }),
    ).toBeVisible()
  }
}
