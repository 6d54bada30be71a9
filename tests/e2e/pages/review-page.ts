import type { Locator, Page } from '@playwright/test'

import { expect } from '../fixtures'

/** The review view: the lanes of annotators' spans, the current disagreement, the list. */
export class ReviewPage {
  readonly tab: Locator
  readonly card: Locator
  readonly kind: Locator
  readonly groupState: Locator
  readonly list: Locator
  readonly settled: Locator
  readonly status: Locator
  readonly goldSpan: Locator
  readonly documents: Locator

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Review' })
    this.card = page.getByRole('region', { name: 'Current disagreement' })
    this.kind = this.card.locator('.kind-name')
    this.groupState = this.card.getByTestId('group-state')
    this.list = page.getByRole('list', { name: 'Disagreements' })
    this.settled = page.getByTestId('settled-count')
    this.status = page.getByTestId('review-status')
    this.goldSpan = page.getByRole('region', { name: 'Gold span' })
    this.documents = page.getByRole('listbox', { name: 'Documents to review' })
  }

  /** Switches to the review view and waits for the first disagreement to be shown. */
  async open(): Promise<void> {
    await this.tab.click()
    await expect(this.tab).toHaveAttribute('aria-selected', 'true')
    await expect(this.card).toBeVisible()
  }

  /** The list filter (Open, All, Label conflict, ...). */
  filter(name: string | RegExp): Locator {
    return this.page.getByRole('radiogroup', { name: 'Show' }).getByRole('radio', { name })
  }

  /** The current group's text as the card quotes it. */
  quote(): Locator {
    return this.card.locator('.inspector-quote')
  }

  /** The gold highlights in the text. */
  gold(): Locator {
    return this.page.getByTestId('text-view').locator('.hl-gold')
  }
}
