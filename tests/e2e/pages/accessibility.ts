import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'

/** One axe finding, as a line a person can act on. */
const describe = (violation: {
  id: string
  impact?: string | null
  help: string
  nodes: { target: unknown }[]
}): string =>
  `${violation.impact}: ${violation.id} (${violation.help}) at ${violation.nodes
    .map((node) => JSON.stringify(node.target))
    .join(', ')}`

/**
 * The serious and critical accessibility violations axe finds on the page as it is now (WCAG
 * 2.x A and AA rules and best practices), each as a line naming the rule and the elements.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(describe)
}

/** Findings per view, collected while a test walks the views and compared once at the end. */
export function axeLedger(page: Page): {
  readonly check: (view: string) => Promise<void>
  readonly found: Record<string, string[]>
  readonly clean: () => Record<string, string[]>
} {
  const found: Record<string, string[]> = {}
  return {
    found,
    check: async (view) => {
      found[view] = await seriousViolations(page)
    },
    // What `found` must equal: every view checked, none with a finding.
    clean: () => Object.fromEntries(Object.keys(found).map((view) => [view, []])),
  }
}

/**
 * The outline a control shows when the keyboard moves focus to it (Shift+Tab then Tab, so the
 * browser treats it as keyboard focus), as `style width`, e.g. `solid 2px`.
 */
export async function keyboardFocusRing(control: Locator): Promise<string> {
  await control.focus()
  await control.page().keyboard.press('Shift+Tab')
  await control.page().keyboard.press('Tab')
  return control.evaluate((el) => {
    const style = getComputedStyle(el)
    return el.matches(':focus-visible') ? `${style.outlineStyle} ${style.outlineWidth}` : 'none'
  })
}
