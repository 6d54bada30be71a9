import type { Locator, Page } from '@playwright/test'

/** The relation parts of the annotate view: the bar while drawing, the arcs, the side list. */
export class RelationsPage {
  readonly bar: Locator
  readonly arcs: Locator
  readonly away: Locator
  readonly panel: Locator
  readonly rows: Locator

  constructor(readonly page: Page) {
    this.bar = page.getByRole('group', { name: 'New relation' })
    this.arcs = page.getByTestId('relation-arc')
    this.away = page.getByTestId('relation-away')
    this.panel = page.getByRole('region', { name: 'Relations' })
    this.rows = this.panel.getByTestId('relation-row')
  }

  /** The type button in the bar, e.g. "made by". */
  type(name: string): Locator {
    return this.bar.getByRole('button', { name: new RegExp(`${name}$`) })
  }
}
