import { expect, test } from '../fixtures'
import { FindBarPage } from '../pages/find-bar-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { docIdOf, rangesOnDisk, spansOnDisk } from './support/articles'

const TITLE = 'Visa abuse: the ministry sets out its plan'
// Twelve "visa" as a word (one capitalised), and one glued into "visaabuse".
const ARTICLE = [
  TITLE,
  '',
  'Visa applications rose again this year. The ministry said visa abuse costs millions.',
  'Officials will share visa data, check every visa twice and refuse a visa to repeat offenders.',
  'A student visa, a work visa and a family visa are all covered; so is the transit visa.',
  'The scraped page glued words together: "visaabuse" appears once.',
  'Critics said the visa plan, and the visa fees, would not stop a single visa fraud.',
].join('\n')

async function importArticle(app: WorkbenchPage, name: string, text: string): Promise<void> {
  const chooser = app.page.waitForEvent('filechooser')
  await app.chooseMenu('Import files…')
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()
}

test('Ctrl+F finds every match, steps through them, and tags them all as one undoable edit', async ({
  page,
  project,
}) => {
  const app = new WorkbenchPage(page)
  const find = new FindBarPage(page, app.textView)
  await app.open(project.url)
  await page.setViewportSize({ width: 1400, height: 820 })
  await importArticle(app, 'visa.txt', ARTICLE)
  await app.openDocument(TITLE)
  const docId = await docIdOf(project.dir, 'visa.txt')
  const onDisk = async () => (await rangesOnDisk(project.dir, project.annotator, docId)).length
  // One "visa" is tagged by hand first ("said visa abuse"): tagging all skips it.
  await app.label('visa', '2')
  await expect.poll(onDisk).toBe(1)
  await page.keyboard.press('Escape')

  await find.search('visa')
  await expect(find.count).toHaveText('1 of 14')
  await expect(find.marks).toHaveCount(14)
  await expect(find.currentMark).toHaveCount(1)

  await find.field.press('Enter')
  await expect(find.count).toHaveText('2 of 14')
  await find.field.press('Shift+Enter')
  await expect(find.count).toHaveText('1 of 14')
  await find.field.press('Shift+Enter')
  await expect(find.count).toHaveText('14 of 14')
  await find.field.press('F3')
  await expect(find.count).toHaveText('1 of 14')

  // "visaabuse" is not a whole word.
  await find.wholeWords.click()
  await expect(find.count).toHaveText('1 of 13')
  await expect(find.marks).toHaveCount(13)

  await find.tagAllAs('Statistic')
  await expect(find.question).toContainText(
    'Tag 12 matches as Statistic? 1 match is tagged already.',
  )
  await page.screenshot({ path: 'test-results/screenshots/find-tag-all-question.png' })
  await find.question.getByRole('button', { name: 'Tag 12' }).click()
  await expect(find.notice).toHaveText('Tagged 12 matches as Statistic; 1 was already.')
  await app.expectSaved()
  // Every span's offsets cut its own text out of the document.
  const spans = await spansOnDisk(project.dir, project.annotator, docId)
  expect(spans.map((span) => `${span.label}:${span.text}:${span.sliced}`).sort()).toEqual([
    'statistic:Visa:Visa',
    'statistic:Visa:Visa',
    ...Array.from({ length: 11 }, () => 'statistic:visa:visa'),
  ])
  await page.screenshot({ path: 'test-results/screenshots/find-tagged.png' })

  await find.field.press('Escape')
  await expect(find.bar).toBeHidden()
  await expect(find.marks).toHaveCount(0)
  await expect(app.textView).toBeFocused()

  await page.keyboard.press('Control+z')
  await expect.poll(onDisk).toBe(1)
  await expect(app.highlightsOf('statistic')).toHaveCount(1)
})

/** A 1,000,000-character article: short paragraphs saying "visa" twice each, one pledge at the end. */
function hugeArticle(): { readonly text: string; readonly visas: number } {
  const paragraph = (n: number) =>
    `${n}. Officials will share visa data and tackle visa abuse, the ministry said.\n\n`
  const parts = ['A very long report on visas\n\n']
  let length = parts[0]!.length
  // The title's "visas" is one too.
  let visas = 1
  for (let n = 0; length < 990_000; n++) {
    parts.push(paragraph(n))
    length += parts.at(-1)!.length
    visas += 2
  }
  const text = parts.join('') + 'The closing pledge ends here.'
  return { text: text + ' '.repeat(1_000_000 - text.length), visas }
}

test('in a 1,000,000-character article every match counts, and the current one is brought into view from far away', async ({
  page,
  project,
}) => {
  test.setTimeout(120_000)
  const { text, visas } = hugeArticle()
  expect(text.length).toBe(1_000_000)
  const app = new WorkbenchPage(page)
  const find = new FindBarPage(page, app.textView)
  await app.open(project.url)
  await importArticle(app, 'huge.txt', text)
  await app.openDocument('A very long report on visas')

  // Matches in blocks nobody has scrolled to are counted all the same; only mounted ones paint.
  await find.search('visa')
  await expect(find.count).toHaveText(`1 of ${visas.toLocaleString('en')}`)
  expect(await find.marks.count()).toBeLessThan(200)

  await find.field.fill('closing pledge')
  await expect(find.count).toHaveText('1 of 1')
  await expect(find.currentMark).toBeInViewport()
  await page.screenshot({ path: 'test-results/screenshots/find-huge-article.png' })
})
