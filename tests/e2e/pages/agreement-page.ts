import type { Locator, Page } from '@playwright/test'

/** The agreement view as an analyst sees it; the spec talks to it only through this. */
export class AgreementPage {
  readonly tab: Locator
  readonly annotateTab: Locator
  readonly root: Locator
  readonly scope: Locator
  readonly summary: Locator
  readonly pairs: Locator
  readonly labels: Locator
  readonly documents: Locator
  readonly labelChart: Locator
  readonly confusionChart: Locator
  readonly progressChart: Locator

  constructor(readonly page: Page) {
    this.tab = page.getByRole('tab', { name: 'Agreement' })
    this.annotateTab = page.getByRole('tab', { name: 'Annotate' })
    this.root = page.getByRole('main', { name: 'Agreement' })
    this.scope = this.root.getByTestId('agreement-scope')
    this.summary = this.root.getByRole('definition')
    this.pairs = this.root.getByRole('table', { name: 'Pairwise agreement' })
    this.labels = this.root.getByRole('table', { name: 'Agreement per label' })
    this.documents = this.root.getByRole('table', { name: 'Agreement per document' })
    this.labelChart = this.root.getByTestId('label-chart')
    this.confusionChart = this.root.getByTestId('confusion-chart')
    this.progressChart = this.root.getByTestId('progress-chart')
  }

  /** A headline figure by its test id (alpha, f1-strict, f1-relaxed, compared). */
  headline(name: 'alpha' | 'f1-strict' | 'f1-relaxed' | 'compared'): Locator {
    return this.root.getByTestId(`summary-${name}`).getByRole('definition').first()
  }

  /** The cells of a table's row, found by the text of its header cell. */
  row(table: Locator, name: string | RegExp): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) })
  }

  cells(table: Locator, name: string | RegExp): Locator {
    return this.row(table, name).getByRole('cell')
  }

  async measure(scope: 'Whole project' | 'This document'): Promise<void> {
    await this.root.getByRole('radio', { name: scope }).click()
  }
}
