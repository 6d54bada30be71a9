import { splitIntoBlocks } from '../../../src-renderer/annotate/blocks'
import { expect, test } from '../fixtures'
import { charPoint, scrollToOffset } from '../pages/text-offsets'
import { WorkbenchPage } from '../pages/workbench-page'
import { docIdOf, rangesOnDisk, spansOnDisk } from './support/articles'

const SENTENCES = [
  'The ministry said it would increase intelligence-sharing to tackle visa abuse.',
  'About 76,000 people have crossed the Channel in small boats since 2018.',
  'Officials called illegal migration a global problem that requires global solutions.',
  'Hà Nội sẽ tăng cường chia sẻ dữ liệu thủy văn với các nước láng giềng.',
]

/** A 1,000,000-character article: short paragraphs, then one 120,000-character paragraph. */
function hugeArticle(): string {
  const parts: string[] = ['A very long report on borders and data\n\n']
  let length = parts[0]!.length
  let n = 0
  while (length < 870_000) {
    const paragraph = `${n}. ${SENTENCES[n % 4]} ${SENTENCES[(n + 1) % 4]}\n\n`
    parts.push(paragraph)
    length += paragraph.length
    n++
  }
  let long = ''
  while (long.length < 1_000_000 - length - 200) long += `${SENTENCES[n++ % 4]} `
  parts.push(long)
  const ending = 'The closing pledge ends here.'
  const text = parts.join('') + ending
  return text + ' '.repeat(1_000_000 - text.length)
}

test('a 1,000,000-character article opens, scrolls to its end and takes a span there', async ({
  page,
  project,
}) => {
  test.setTimeout(120_000)
  const text = hugeArticle()
  expect(text.length).toBe(1_000_000)
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  const chooser = page.waitForEvent('filechooser')
  await app.chooseMenu('Import files…')
  await (
    await chooser
  ).setFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()

  await app.openDocument('A very long report on borders and data')

  // Only the blocks near the viewport are in the DOM, not the whole article.
  const mounted = await app.textView.locator('[data-start]').count()
  expect(mounted).toBeGreaterThan(0)
  expect(mounted).toBeLessThan(80)
  await expect
    .poll(async () => {
      await app.textView.evaluate((view) => view.scrollTo(0, view.scrollHeight))
      return app.textView.evaluate((view) => view.textContent?.includes('closing pledge') ?? false)
    })
    .toBe(true)

  await app.label('closing pledge', '1')

  const docId = await docIdOf(project.dir, 'huge.txt')
  await expect
    .poll(() => spansOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ label: 'commitment', text: 'closing pledge', sliced: 'closing pledge' }])

  // Back at the top, choosing the span in the side panel brings the text to it.
  await page.keyboard.press('Escape')
  await app.textView.evaluate((view) => view.scrollTo(0, 0))
  await expect(app.highlightsOf('commitment')).toHaveCount(0)
  await app.spans.getByRole('button', { name: /closing pledge/ }).click()
  await expect(app.highlightsOf('commitment').first()).toBeInViewport()
  await expect(app.selectedSpan).toContainText('closing pledge')
})

test('an exact drag that scrolls far from where it started keeps its start', async ({
  page,
  project,
}) => {
  test.setTimeout(120_000)
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  const chooser = page.waitForEvent('filechooser')
  await app.chooseMenu('Import files…')
  await (
    await chooser
  ).setFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(hugeArticle()) })
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()
  await app.openDocument('A very long report on borders and data')

  const { first } = await app.phraseBox('increase intelligence-sharing')
  // Alt: exactly what was dragged over. A snapped drag keeps only the line holding most of
  // it, which would hide whether the start survived its block being unmounted.
  await page.keyboard.down('Alt')
  await page.mouse.move(Math.round(first.x), Math.round(first.y))
  await page.mouse.down()
  await page.mouse.move(Math.round(first.x) + 60, Math.round(first.y) + 20, { steps: 3 })
  // Far enough that the block where the drag started is well outside the mounted range.
  await app.textView.evaluate((view) => view.scrollBy(0, 6_000))
  const view = await app.textView.boundingBox()
  if (!view) throw new Error('the text view is not on screen')
  await page.mouse.move(Math.round(view.x + view.width / 2), Math.round(view.y + view.height / 2), {
    steps: 4,
  })
  await page.mouse.up()
  await page.keyboard.up('Alt')
  await page.keyboard.press('1')

  const docId = await docIdOf(project.dir, 'huge.txt')
  await expect
    .poll(async () => (await spansOnDisk(project.dir, project.annotator, docId)).length)
    .toBe(1)
  const [span] = await spansOnDisk(project.dir, project.annotator, docId)
  expect(span?.text.startsWith('increase intelligence-sharing')).toBe(true)
  expect(span?.text.length).toBeGreaterThan(2_000)
  expect(span?.sliced).toBe(span?.text)
})

test('a selection across two blocks near the end of a 1,000,000-character article is saved at its exact offsets and painted in both', async ({
  page,
  project,
}) => {
  test.setTimeout(120_000)
  const text = hugeArticle()
  // The last cut inside the long final paragraph: the block before ends there, the next starts.
  const cut = splitIntoBlocks(text).at(-1)?.start ?? 0
  expect(cut).toBeGreaterThan(990_000 - 10_000)
  expect(text[cut - 1]).toBe(' ')
  // Two whole words on each side of the cut.
  const start = text.lastIndexOf(' ', text.lastIndexOf(' ', cut - 2) - 1) + 1
  const end = text.indexOf(' ', text.indexOf(' ', cut) + 1)
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  const chooser = page.waitForEvent('filechooser')
  await app.chooseMenu('Import files…')
  await (
    await chooser
  ).setFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(text) })
  await app.dialog('Import finished').getByRole('button', { name: 'OK' }).click()
  await app.openDocument('A very long report on borders and data')

  await scrollToOffset(app.textView, start, text.length)
  const from = await charPoint(app.textView, start)
  const to = await charPoint(app.textView, end - 1)
  await page.mouse.move(from.x - 2, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 6 })
  await page.mouse.up()
  await page.keyboard.press('3')

  const docId = await docIdOf(project.dir, 'huge.txt')
  await expect
    .poll(() => rangesOnDisk(project.dir, project.annotator, docId))
    .toEqual([{ start, end, label: 'claim', text: text.slice(start, end) }])
  // Painted where it belongs: the boxes cover exactly the characters' own boxes, in both blocks.
  const boxes = await app.highlightsOf('claim').evaluateAll((found) =>
    found.map((box) => {
      const rect = box.getBoundingClientRect()
      const row = box.closest('[data-index]')?.getAttribute('data-index')
      return { row, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }
    }),
  )
  expect(new Set(boxes.map((box) => box.row)).size).toBe(2)
  const expected = await app.textView.evaluate(
    (root, [from, to]) => {
      const lines: { left: number; right: number; top: number; bottom: number }[] = []
      for (const block of root.querySelectorAll('[data-start]')) {
        const node = block.firstChild as Text
        const first = Number(block.getAttribute('data-start'))
        const a = Math.max(from, first) - first
        const b = Math.min(to, first + node.length) - first
        if (b <= a) continue
        const range = document.createRange()
        range.setStart(node, a)
        range.setEnd(node, b)
        for (const rect of range.getClientRects()) {
          if (rect.width < 0.5) continue
          const line = lines.find((known) => Math.abs(known.top - rect.top) < 2)
          if (line) {
            line.left = Math.min(line.left, rect.left)
            line.right = Math.max(line.right, rect.right)
          } else
            lines.push({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom })
        }
      }
      return lines
    },
    [start, end] as const,
  )
  const round = (list: { left: number; right: number; top: number }[]) =>
    list
      .map(({ left, right, top }) => [Math.round(left), Math.round(right), Math.round(top)])
      .sort((a, b) => (a[2] as number) - (b[2] as number) || (a[0] as number) - (b[0] as number))
  expect(round(boxes)).toEqual(round(expected))
})
