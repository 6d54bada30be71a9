import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { Browser, Page } from '@playwright/test'

import type { CommentTarget } from '../../../src-main/core/comments/comment'
import { expect, test, type GlossProject } from '../fixtures'
import { WorkbenchPage } from '../pages/workbench-page'
import { commentFilePath, readCommentFile } from '../support/comment-files'
import { readAnnotationFile } from '../support/project-files'
import { startWebHost } from '../support/start-web-host'
import { docIdOf, VIETNAMESE } from './support/articles'

const STATISTIC = '12.500 hộ dân'
const DISPUTED = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
const QUESTION = 'Is this the number of households, or of people?'
const ANSWER = 'Households: the report counts hộ dân.'

/**
 * A reviewer working on the same project folder from their own browser host. Their side
 * goes through the contract over HTTP, as their review view does.
 */
async function asReviewer(
  browser: Browser,
  project: GlossProject,
  run: (page: Page) => Promise<void>,
) {
  const dataDir = await mkdtemp(join(tmpdir(), 'gloss-e2e-rita-'))
  const host = await startWebHost({ dir: project.dir, dataDir, annotator: 'rita' })
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await new WorkbenchPage(page).open(host.url)
    await run(page)
  } finally {
    await context.close()
    await host.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}

/** Starts a thread through the page's own host, with the token the page was given. */
async function startThread(page: Page, docId: string, target: CommentTarget, text: string) {
  const result = await page.evaluate(
    async (input) => {
      const response = await fetch('/api/addComment', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-gloss-token': sessionStorage.getItem('gloss.token') ?? '',
        },
        body: JSON.stringify(input),
      })
      return (await response.json()) as { ok: boolean }
    },
    { docId, target, text },
  )
  expect(result.ok).toBe(true)
}

async function annotatedProject(page: Page, project: GlossProject) {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  await app.label(STATISTIC, '2')
  await app.expectSaved()
  const docId = await docIdOf(project.dir, 'vietnamese-nfc.txt')
  const span = (await readAnnotationFile(project.dir, project.annotator, docId))?.spans[0]
  if (!span) throw new Error('the span was not saved')
  return { app, docId, span }
}

test('a reviewer’s comment on the annotator’s span is seen, answered and resolved in the annotate view', async ({
  page,
  browser,
  project,
}) => {
  const { app, docId, span } = await annotatedProject(page, project)
  const text = await readFile(join(project.dir, 'documents', `${docId}.txt`), 'utf8')
  const at = text.indexOf(DISPUTED)
  await asReviewer(browser, project, async (reviewer) => {
    const { id: spanId, start, end, label } = span
    await startThread(
      reviewer,
      docId,
      { kind: 'span', annotator: project.annotator, spanId, start, end, label, text: STATISTIC },
      QUESTION,
    )
    await startThread(
      reviewer,
      docId,
      { kind: 'range', start: at, end: at + DISPUTED.length, text: DISPUTED },
      'Lan tagged this a commitment, Minh a claim.',
    )
  })
  expect(await readCommentFile(project.dir, project.annotator, docId)).toBeNull()
  expect((await readCommentFile(project.dir, 'rita', docId))?.entries).toMatchObject([
    { kind: 'thread', target: { kind: 'span', spanId: span.id } },
    { kind: 'comment', text: QUESTION },
    { kind: 'thread', target: { kind: 'range', text: DISPUTED } },
    { kind: 'comment' },
  ])
  const reviewerFile = await readFile(commentFilePath(project.dir, 'rita', docId))

  await page.reload()
  await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByTestId('doc-comments').getByRole('img')).toHaveAccessibleName(
    '2 comment threads open',
  )
  await expect(app.documentItem(/Hà Nội/).getByRole('img')).toHaveAccessibleName(
    '2 comment threads open',
  )
  const row = app.spans.getByRole('listitem').filter({ hasText: STATISTIC })
  await expect(row.getByRole('img')).toHaveAccessibleName('1 comment thread open')
  const others = page.getByRole('region', { name: 'Other comments' })
  await expect(others).toContainText('On a stretch of the text')
  await expect(others).toContainText('Lan tagged this a commitment, Minh a claim.')

  await row.getByRole('button').click()
  const thread = app.selectedSpan.getByRole('article', { name: 'Comment thread by rita' })
  await expect(thread).toContainText(QUESTION)
  await thread.getByRole('button', { name: 'Reply' }).click()
  await page.keyboard.type(ANSWER)
  await page.keyboard.press('Control+Enter')
  // Each comment: its author, when, and what they said.
  await expect(thread.getByRole('listitem')).toHaveText([
    /^rita.+of people\?$/,
    /^e2e-analyst.+counts hộ dân\.$/,
  ])
  // The inspector scrolls when a thread is long; show the whole thread, as a reader would.
  await thread.getByRole('button', { name: 'Resolve' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/comments.png' })
  await thread.getByRole('button', { name: 'Resolve' }).click()

  await expect(
    app.selectedSpan.getByRole('article', { name: 'Comment thread by rita (resolved)' }),
  ).toBeVisible()
  await expect(row.getByRole('img')).toHaveAccessibleName('1 comment thread, all resolved')
  await expect(page.getByTestId('doc-comments').getByRole('img')).toHaveAccessibleName(
    '1 comment thread open',
  )
  expect((await readCommentFile(project.dir, project.annotator, docId))?.entries).toMatchObject([
    { kind: 'comment', text: ANSWER },
    { kind: 'resolution', resolved: true },
  ])
  expect((await readFile(commentFilePath(project.dir, 'rita', docId))).equals(reviewerFile)).toBe(
    true,
  )
})

test('the annotator starts a thread on a span with the keyboard; it outlives the span', async ({
  page,
  project,
}) => {
  const { app, docId } = await annotatedProject(page, project)
  await app.clickPhrase(STATISTIC)
  await expect(app.selectedSpan).toBeVisible()

  await page.keyboard.press('c')
  await expect(app.selectedSpan.getByRole('textbox', { name: 'New comment' })).toBeFocused()
  await page.keyboard.type('Check against the 2023 report.')
  await page.keyboard.press('Control+Enter')

  await expect(
    app.selectedSpan.getByRole('article', { name: `Comment thread by ${project.annotator}` }),
  ).toContainText('Check against the 2023 report.')
  await expect(app.documentItem(/Hà Nội/).getByRole('img')).toHaveAccessibleName(
    '1 comment thread open',
  )
  const file = await readCommentFile(project.dir, project.annotator, docId)
  expect(file?.entries.map((entry) => entry.kind)).toEqual(['thread', 'comment'])
  expect(file?.entries[0]).toMatchObject({
    target: { kind: 'span', annotator: project.annotator, text: STATISTIC, label: 'statistic' },
  })

  await app.clickPhrase(STATISTIC)
  await page.keyboard.press('Delete')
  await expect(app.highlights).toHaveCount(0)
  const others = page.getByRole('region', { name: 'Other comments' })
  await expect(others).toContainText('On your Statistic span, since deleted')
  await expect(others).toContainText('Check against the 2023 report.')
})
