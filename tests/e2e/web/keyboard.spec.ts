import type { Page } from '@playwright/test'

import { expect, test } from '../fixtures'
import { FindBarPage } from '../pages/find-bar-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readAnnotationFile } from '../support/project-files'
import { docIdOf, spansOnDisk } from './support/articles'

const TITLE = 'Channel crossings'
const ARTICLE = [
  TITLE,
  '',
  '76,000 people have crossed the Channel. The government will share intelligence. Migration is a global problem.',
].join('\n')

/**
 * Setup only: the two articles go in through the file chooser, as any import does; then a
 * fresh window, from which on the test uses no mouse.
 */
async function openWithArticles(page: Page, url: string): Promise<WorkbenchPage> {
  const app = new WorkbenchPage(page)
  await app.open(url)
  const chooser = page.waitForEvent('filechooser')
  await app.chooseMenu('Import files…')
  await (
    await chooser
  ).setFiles([
    { name: 'a-channel.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
    {
      name: 'b-other.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Another article\n\nText.'),
    },
  ])
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()
  await page.goto(url)
  await expect(app.textView).toBeFocused()
  return app
}

test('a whole document annotated with the keyboard alone: open, select, tag, relabel, delete, done', async ({
  page,
  project,
}) => {
  const app = await openWithArticles(page, project.url)
  const { keyboard } = page
  const find = new FindBarPage(page, app.textView)
  const heading = (title: string) => page.getByRole('heading', { level: 1, name: title })

  await keyboard.press('l')
  await expect(app.documents).toBeFocused()
  await keyboard.press('ArrowDown')
  await expect(heading('Another article')).toBeVisible()
  await keyboard.press('ArrowUp')
  await expect(heading(TITLE)).toBeVisible()
  await keyboard.press('Enter')
  await expect(app.textView).toBeFocused()

  /** Ctrl+F to the phrase's first word, Esc back to the text, then `words` words selected. */
  const selectFrom = async (first: string, words: number) => {
    await find.search(first)
    await expect(find.count).toHaveText('1 of 1')
    await keyboard.press('Escape')
    await expect(app.textView).toBeFocused()
    for (let i = 0; i < words; i++) await keyboard.press('Control+Shift+ArrowRight')
    await expect(app.palette).toBeVisible()
  }
  await selectFrom('76,000', 2)
  await keyboard.press('2')
  for (let i = 0; i < 4; i++) await keyboard.press('Control+Shift+ArrowRight')
  await keyboard.press('3')
  await selectFrom('The government', 5)
  await keyboard.press('3')
  await selectFrom('Migration', 5)
  await keyboard.press('3')
  await expect(app.spans.getByRole('listitem')).toHaveCount(4)

  // P back to the government's pledge, tagged as a claim by mistake: 1 makes it a commitment.
  await keyboard.press('p')
  await expect(app.selectedSpanStatus).toHaveText(
    'Span 3 of 4, Claim: The government will share intelligence',
  )
  await keyboard.press('1')
  await expect(app.selectedSpanStatus).toHaveText(
    'Span 3 of 4, Commitment: The government will share intelligence',
  )
  // The inspector is a key away, and Esc comes back from it.
  await keyboard.press('p')
  await keyboard.press('i')
  await expect(app.selectedSpan.getByRole('radio', { name: 'Claim' })).toBeFocused()
  await keyboard.press('Escape')
  await expect(app.textView).toBeFocused()
  await expect(app.selectedSpanStatus).toHaveText('Span 2 of 4, Claim: have crossed the Channel')
  await keyboard.press('Delete')
  await expect(app.spans.getByRole('listitem')).toHaveCount(3)
  await expect(app.textView).toBeFocused()

  await keyboard.press('Control+Enter')
  await expect(app.docStatus).toHaveText('done')
  await app.expectSaved()
  await page.screenshot({ path: 'test-results/screenshots/keyboard-only-done.png' })
  await keyboard.press('l')
  await expect(app.documents).toBeFocused()
  await expect(app.documentItem(new RegExp(TITLE))).toContainText('done')

  const docId = await docIdOf(project.dir, 'a-channel.txt')
  const file = await readAnnotationFile(project.dir, project.annotator, docId)
  expect(file?.status).toBe('done')
  const spans = await spansOnDisk(project.dir, project.annotator, docId)
  expect(spans.map((span) => `${span.label}:${span.sliced}`).sort()).toEqual([
    'claim:Migration is a global problem',
    'commitment:The government will share intelligence',
    'statistic:76,000 people',
  ])
})

test('? opens the sheet of all keys, the current view first; Esc closes it and the focus goes back', async ({
  page,
  project,
}) => {
  const app = await openWithArticles(page, project.url)
  const sheet = app.dialog('Keyboard shortcuts')
  const groups = sheet.getByRole('heading', { level: 3 })

  await page.keyboard.press('?')
  await expect(sheet).toBeVisible()
  await expect(groups.first()).toHaveText('Annotate')
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused()
  // The focus stays in the sheet: the page behind is inert.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab')
    await expect(sheet.locator(':focus')).toHaveCount(1)
  }
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
  await expect(app.textView).toBeFocused()

  await page.keyboard.press('Control+Alt+Digit2')
  await expect(page.getByRole('tab', { name: 'Review' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('F1')
  await expect(groups.first()).toHaveText('Review')
})
