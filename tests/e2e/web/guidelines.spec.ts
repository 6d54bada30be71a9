import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { expect, test } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { VIETNAMESE } from './support/articles'

const GUIDELINE = `# Marking claims

Mark the **whole clause** that states the claim, not just its subject.

- A *statistic* inside a claim gets its own span.
- See the [style guide](https://example.org/guide).

<script>window.__pwned = true</script>

<img src="x" onerror="window.__pwned = true">

[do not click](javascript:window.__pwned=true)
`

test('G opens the guidelines: labels with key and description, and the Markdown rendered inert', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  await writeFile(join(project.dir, 'guidelines.md'), GUIDELINE)

  await page.keyboard.press('g')
  const dialog = app.dialog('Guidelines')
  const claim = dialog.getByRole('row').filter({ hasText: 'Claim' })
  await expect(claim.getByRole('cell')).toHaveText([
    'Claim',
    '3',
    'An assertion presented as true ("illegal migration is a global problem").',
  ])
  const markdown = dialog.getByTestId('guideline-markdown')
  await expect(markdown.getByRole('heading', { name: 'Marking claims' })).toBeVisible()
  await expect(markdown.getByRole('link', { name: 'style guide' })).toHaveAttribute(
    'href',
    'https://example.org/guide',
  )
  await expect(markdown).toContainText('<script>window.__pwned = true</script>')
  await expect(markdown).toContainText('<img src="x" onerror="window.__pwned = true">')
  await expect(markdown.getByRole('link', { name: 'do not click' })).toHaveCount(0)
  await expect(markdown.locator('script, img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined()

  await page.setViewportSize({ width: 1400, height: 900 })
  await page.screenshot({ path: 'test-results/screenshots/guidelines.png' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('a guideline written in Settings is saved to guidelines.md', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  await app.chooseMenu('Settings')
  const settings = app.dialog('Settings')
  const form = settings.getByRole('form', { name: 'Project guideline' })
  await form.getByRole('textbox', { name: 'Guideline (Markdown)' }).fill('Mark *whole* clauses.')
  await form.getByRole('button', { name: 'Save guideline' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved to guidelines.md')
  expect(await readFile(join(project.dir, 'guidelines.md'), 'utf8')).toBe('Mark *whole* clauses.\n')
})
