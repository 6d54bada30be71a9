import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { cspProblems, metaCspOf } from '../../support/csp-check'
import { expect, test } from '../fixtures'
import { REPO_ROOT } from '../support/paths'

// The built page, as `npm run build` left it and as the browser host serves it.
test("the built page's <meta> policy passes the CSP Evaluator and Gloss's rules", async () => {
  const html = await readFile(join(REPO_ROOT, 'out', 'renderer', 'index.html'), 'utf8')
  const policy = metaCspOf(html)

  expect(policy).not.toBeNull()
  expect(cspProblems(policy ?? '')).toEqual([])
})

test('the policy the browser host sends with the built page passes them too', async ({
  page,
  project,
}) => {
  const response = await page.goto(project.url)
  const header = response?.headers()['content-security-policy'] ?? ''
  const served = metaCspOf((await response?.text()) ?? '')

  expect(header).not.toBe('')
  expect(cspProblems(header)).toEqual([])
  expect(cspProblems(served ?? '')).toEqual([])
})
