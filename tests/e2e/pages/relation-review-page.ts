import type { Locator, Page } from '@playwright/test'

/** The Relations section of the review side panel: its count, its rows, their Accept buttons. */
export class RelationReviewPage {
  readonly section: Locator
  readonly heading: Locator
  readonly rows: Locator

  constructor(readonly page: Page) {
    this.section = page
      .getByRole('complementary', { name: 'Disagreements and gold' })
      .getByRole('region', { name: 'Relations' })
    this.heading = this.section.getByRole('heading')
    this.rows = this.section.getByRole('listitem')
  }

  /** The Accept button of the relation `from type to`, as its label quotes the two ends. */
  accept(name: string | RegExp): Locator {
    return this.section.getByRole('button', { name })
  }
}
