import type { Locator } from '@playwright/test'

/** Settings → Relation types: the list of types and the form that adds one. */
export class RelationTypesPage {
  readonly section: Locator
  readonly rows: Locator

  constructor(settings: Locator) {
    this.section = settings.getByRole('region', { name: 'Relation types' })
    this.rows = this.section.getByTestId('relation-type-row')
  }

  /** The name field of each type, in order (what the 1–9 keys follow). */
  names(): Promise<string[]> {
    return this.rows
      .getByRole('textbox', { name: /^Name of the relation type/ })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  }

  /** Fills in and submits the add form. */
  async add(name: string, description = ''): Promise<void> {
    const form = this.section.getByRole('form', { name: 'Add a relation type' })
    await form.getByRole('textbox', { name: 'New relation type name' }).fill(name)
    await form.getByRole('textbox', { name: 'New relation type description' }).fill(description)
    await form.getByRole('button', { name: 'Add type' }).click()
  }

  button(name: string): Locator {
    return this.section.getByRole('button', { name })
  }
}
