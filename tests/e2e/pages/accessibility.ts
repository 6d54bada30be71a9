import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

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
