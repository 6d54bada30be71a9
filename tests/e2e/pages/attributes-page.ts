import type { Locator, Page } from '@playwright/test'

/** Attributes per label: the settings field of a label, the inspector's attribute fields. */
export class AttributesPage {
  readonly inspector: Locator

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('region', { name: 'Selected span' })
  }

  /** Settings: the one-line definitions field of the label `labelName`. */
  definitions(labelName: string): Locator {
    return this.page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('textbox', { name: `Attributes of ${labelName}` })
  }

  /** The selected span's attribute group (legend "Attributes"). */
  get fields(): Locator {
    return this.inspector.getByRole('group', { name: /^Attributes/ })
  }

  textField(name: string): Locator {
    return this.fields.getByRole('textbox', { name })
  }

  choice(name: string): Locator {
    return this.fields.getByRole('combobox', { name })
  }

  yesNo(name: string): Locator {
    return this.fields.getByRole('checkbox', { name })
  }
}
