import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { syntheticSpans } from '../../../bench/synthetic-spans'
import type { Span } from '../../../src-main/core/spans/span'
import { agreementReport } from '../../../src-main/services/agreement/agreement-service'
import { openProjectStore } from '../../../src-main/services/project/project-store'
import { expect, test } from '../fixtures'
import { AgreementPage } from '../pages/agreement-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { readDocumentText } from '../support/project-files'
import { docIdOf } from './support/articles'
import { phraseSpan } from '../../support/phrase-span'

// Tokens: Ferry | plan | Ministers | pledged | 40 | new | ferries | .   (8)
const FERRY = 'Ferry plan\n\nMinisters pledged 40 new ferries.\n'
// Tokens: Port | traffic | The | port | handled | 3 | million | tonnes | .   (9)
const PORT = 'Port traffic\n\nThe port handled 3 million tonnes.\n'

let scratch: string
test.beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gloss-agreement-'))
})
test.afterEach(async () => {
  await rm(scratch, { recursive: true, force: true })
})

const STAMP = '2026-03-04T05:06:07.000Z'
const spanOn = (text: string, phrase: string, label: string, id: string): Span =>
  phraseSpan(text, phrase, label, id, STAMP)
/**
 * Two colleagues' layers, saved through the project store as their own Gloss would: on the
 * ferry article alice tagged a Commitment, bob a shorter one with a Statistic inside; on the
 * port article both tagged the same Statistic.
 */
async function writeColleagues(dir: string): Promise<void> {
  const store = await openProjectStore(dir, { create: false })
  const layers = {
    'ferry.txt': {
      alice: [spanOn(FERRY, 'pledged 40 new ferries', 'commitment', 'a1')],
      bob: [
        spanOn(FERRY, 'pledged 40 new', 'commitment', 'b1'),
        spanOn(FERRY, '40', 'statistic', 'b2'),
      ],
    },
    'port.txt': {
      alice: [spanOn(PORT, '3 million tonnes', 'statistic', 'a2')],
      bob: [spanOn(PORT, '3 million tonnes', 'statistic', 'b3')],
    },
  }
  for (const [source, byAnnotator] of Object.entries(layers)) {
    const docId = await docIdOf(dir, source)
    expect(await readDocumentText(dir, docId)).toBe(source === 'ferry.txt' ? FERRY : PORT)
    for (const [annotator, spans] of Object.entries(byAnnotator)) {
      await store.updateAnnotations(annotator, docId, () => ({
        version: 1,
        docId,
        annotator,
        status: annotator === 'alice' ? 'done' : 'in-progress',
        spans,
        updatedAt: STAMP,
      }))
    }
  }
}

test('the agreement view shows the figures of two annotators, for the project and for one document', async ({
  page,
  project,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on('pageerror', (error) => violations.push(error.message))
  await page.setViewportSize({ width: 1400, height: 900 })
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await writeFile(join(scratch, 'ferry.txt'), FERRY)
  await writeFile(join(scratch, 'port.txt'), PORT)
  await app.importAndClose([join(scratch, 'ferry.txt'), join(scratch, 'port.txt')])
  await writeColleagues(project.dir)

  const agreement = new AgreementPage(page)
  await agreement.tab.click()
  await expect(agreement.tab).toHaveAttribute('aria-selected', 'true')
  await expect(agreement.scope).toHaveText('Whole project')

  // 17 tokens; ann O O O C C C C O | O O O O O S S S O, bob O O O C C+S C O O | the same.
  // κ = (17·15 − 127)/(289 − 127) = 64/81; α = 1 − 33·4/(1156 − 514) = 85/107;
  // strict F1 = 2·1/(2 + 3); relaxed: P = 2/2, R = 2/3, F1 = 0.8.
  await expect(agreement.headline('alpha')).toHaveText('0.794')
  await expect(agreement.headline('f1-strict')).toHaveText('0.400')
  await expect(agreement.headline('f1-relaxed')).toHaveText('0.800')
  await expect(agreement.headline('compared')).toHaveText('2 documents')
  await expect(agreement.cells(agreement.pairs, /alice\s*–\s*bob/)).toHaveText([
    '2',
    '17',
    '0.790',
    '0.400',
    '0.800',
  ])
  // Statistic, binary: alice inside on 3 tokens, bob on 4, one token split: α = 1 − 33·2/378,
  // κ = (272 − 194)/(289 − 194). Spans: alice 1, bob 2, one exact match: strict F1 = 2/3;
  // relaxed P = 1/1, R = 1/2: F1 = 2/3.
  await expect(agreement.cells(agreement.labels, 'Statistic')).toHaveText([
    '0.825',
    '0.667',
    '0.667',
    '0.821',
  ])
  const claimAlpha = agreement.cells(agreement.labels, 'Claim').first().locator('.figure')
  await expect(claimAlpha).toContainText('undefined')
  await expect(claimAlpha).toHaveAttribute(
    'title',
    'every token is outside every Claim span for every annotator, so there is no variation to agree on',
  )
  await expect(agreement.labelChart.locator('svg path').first()).toBeAttached()
  await expect(agreement.confusionChart.locator('svg')).toBeVisible()
  await expect(agreement.progressChart.locator('svg')).toBeVisible()
  await expect(agreement.cells(agreement.documents, 'Ferry plan')).toHaveText([
    '8',
    '0.565',
    '0.000',
    '0.667',
    'alice, bob',
  ])
  await expect(agreement.cells(agreement.documents, 'Port traffic')).toHaveText([
    '9',
    '1.000',
    '1.000',
    '1.000',
    'alice, bob',
  ])
  // Hovering draws a tooltip: it must need no inline style either.
  await agreement.labelChart.hover()
  const tooltip = agreement.labelChart.getByText("Krippendorff's α: 0.825")
  await expect(tooltip).toBeVisible()
  await page.mouse.move(0, 0)
  await expect(tooltip).toBeHidden()
  await page.screenshot({ path: 'test-results/screenshots/agreement.png' })
  await agreement.documents.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screenshots/agreement-documents.png' })

  // The open document only: alice and bob on the ferry article (α = 13/23, κ = 5/9).
  await app.documentItem('Ferry plan').click()
  await agreement.measure('This document')
  await expect(agreement.scope).toHaveText('Document: Ferry plan')
  await expect(agreement.headline('alpha')).toHaveText('0.565')
  await expect(agreement.cells(agreement.pairs, /alice\s*–\s*bob/)).toHaveText([
    '1',
    '8',
    '0.556',
    '0.000',
    '0.667',
  ])
  await expect(agreement.documents).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screenshots/agreement-document.png' })

  // A row of the per-document table opens its document in review, at its disagreements.
  await agreement.measure('Whole project')
  await agreement
    .row(agreement.documents, 'Port traffic')
    .getByRole('button', { name: 'Port traffic' })
    .click()
  await expect(page.getByRole('tab', { name: 'Review' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('heading', { level: 1, name: 'Port traffic' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Current disagreement' })).toBeVisible()

  // In document scope each disagreement links to its place in review.
  await agreement.tab.click()
  await agreement.measure('This document')
  const links = page
    .getByRole('list', { name: 'Disagreements in this document' })
    .getByRole('listitem')
  await expect(links).toHaveText([
    /^Boundary conflict\s*“pledged 40 new ferries”/,
    /^Missing\s*“40”\s*Not tagged by alice\./,
  ])
  await links.nth(1).getByRole('button', { name: 'Missing' }).click()
  await expect(page.getByRole('tab', { name: 'Review' })).toHaveAttribute('aria-selected', 'true')
  const card = page.getByRole('region', { name: 'Current disagreement' })
  await expect(card.locator('.kind-name')).toHaveText('Missing')
  await expect(card.locator('.inspector-quote')).toHaveText('40')
  expect(violations).toEqual([])
})

test('the views are tabs the keyboard reaches and moves between', async ({ page, project }) => {
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  const agreement = new AgreementPage(page)
  const reviewTab = page.getByRole('tab', { name: 'Review' })
  await agreement.annotateTab.focus()
  await page.keyboard.press('ArrowRight')
  await expect(reviewTab).toBeFocused()
  await expect(reviewTab).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await expect(agreement.tab).toBeFocused()
  await expect(agreement.tab).toHaveAttribute('aria-selected', 'true')
  await expect(agreement.root).toBeVisible()
  await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'view-tab-agreement')
  await page.keyboard.press('Home')
  await expect(agreement.annotateTab).toHaveAttribute('aria-selected', 'true')
  await expect(agreement.root).toHaveCount(0)
})

const TITLES = [
  'Ferry fleet renewed',
  'Council budget vote',
  'Harbour arrivals rise',
  'Rail strike averted',
  'School meals plan',
  'Flood defences funded',
]

/** Invented articles, one sentence pattern with different numbers in each. */
async function importArticles(app: WorkbenchPage): Promise<void> {
  const files = await Promise.all(
    TITLES.map(async (title, n) => {
      const body = Array.from(
        { length: 10 },
        (_, k) =>
          `The minister said ${1000 + 37 * k * (n + 1)} people were affected, and the council will review the plan by ${2026 + (k % 3)}. Officials claimed the policy works.`,
      ).join(' ')
      const file = join(scratch, `article-${n}.txt`)
      await writeFile(file, `${title}\n\n${body}\n`)
      return file
    }),
  )
  await app.importAndClose(files)
}

test('three annotators are compared in pairs, one of them missing a document', async ({
  page,
  project,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  const app = new WorkbenchPage(page)
  await app.open(project.url)
  await importArticles(app)
  const store = await openProjectStore(project.dir, { create: false })
  const { documents } = await store.readIndex()
  for (const [n, entry] of documents.entries()) {
    const text = await store.readText(entry)
    const ana = syntheticSpans(text, 14, n + 3)
    const layers: Record<string, Span[]> = {
      ana,
      ben: [...ana.slice(0, 9), ...syntheticSpans(text, 5, n + 40)],
      // cem calls ana's claims statistics, and has no file for the last article.
      ...(n < TITLES.length - 1 && {
        cem: ana
          .slice(2, 12)
          .map((span) => (span.label === 'claim' ? { ...span, label: 'statistic' } : span)),
      }),
    }
    for (const [annotator, spans] of Object.entries(layers)) {
      await store.updateAnnotations(annotator, entry.id, () => ({
        version: 1,
        docId: entry.id,
        annotator,
        status: n % 3 === 0 ? 'in-progress' : 'done',
        spans,
        updatedAt: STAMP,
      }))
    }
  }
  const expected = await agreementReport(store, {})

  const agreement = new AgreementPage(page)
  await agreement.tab.click()
  await expect(agreement.headline('compared')).toHaveText('6 documents')
  await expect(agreement.headline('alpha')).toHaveText(expected.krippendorffAlpha?.toFixed(3) ?? '')
  await expect(agreement.pairs.getByRole('rowheader')).toHaveText([
    'ana – ben',
    'ana – cem',
    'ben – cem',
  ])
  // Documents both have: cem has no file for the last article.
  for (const [pair, shared] of [
    [/ana\s*–\s*ben/, '6'],
    [/ana\s*–\s*cem/, '5'],
    [/ben\s*–\s*cem/, '5'],
  ] as const) {
    await expect(agreement.cells(agreement.pairs, pair).first()).toHaveText(shared)
  }
  // The per-label kappa column follows the pair chosen for it.
  await agreement.root.getByRole('combobox', { name: 'κ for' }).selectOption('ben – cem')
  await expect(agreement.labels.getByRole('columnheader').last()).toHaveText('κ ben–cem')
  const claim = expected.perLabel['Claim']?.pairwise[2]?.cohenKappa
  await expect(agreement.cells(agreement.labels, 'Claim').last()).toHaveText(
    claim?.toFixed(3) ?? '',
  )
  await expect(agreement.root.getByRole('combobox', { name: 'Pair' })).toHaveValue('-1')
  await page.screenshot({ path: 'test-results/screenshots/agreement-three-annotators.png' })
  const perAnnotator = page.getByTestId('annotator-distribution-chart')
  await expect(perAnnotator).toHaveAccessibleName(/^Spans per label and annotator\. ana: /)
  await perAnnotator.screenshot({ path: 'test-results/screenshots/labels-per-annotator.png' })
})
