import type { Page } from '@playwright/test'

import type { GlossProject } from '../../fixtures'
import { ReviewPage } from '../../pages/review-page'
import { WorkbenchPage } from '../../pages/workbench-page'
import { VIETNAMESE } from './articles'
import { writeLayer } from './layers'

export const COMMITMENT = 'chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn'
export const STATISTIC = '12.500 hộ dân'
export const LONG_CLAIM = 'Theo báo cáo, 12.500 hộ dân đã được hỗ trợ trong năm qua'
export const SHORT_CLAIM = 'Theo báo cáo, 12.500 hộ dân đã được hỗ trợ'
export const PERCENT = '3,5%'

/**
 * Two colleagues' layers on one article, as a merge or a sync brings them in: a label
 * conflict, a boundary conflict, an agreed statistic, and a statistic only dan tagged. The
 * page is left in the review view. Returns the article's document id.
 */
export async function twoColleaguesInReview(page: Page, project: GlossProject): Promise<string> {
  const app = new WorkbenchPage(page)
  await page.setViewportSize({ width: 1400, height: 900 })
  await app.open(project.url)
  await app.importAndClose([VIETNAMESE])
  const docId = await writeLayer(project.dir, 'bob', 'vietnamese-nfc.txt', [
    [COMMITMENT, 'commitment'],
    [STATISTIC, 'statistic'],
    [LONG_CLAIM, 'claim'],
  ])
  await writeLayer(project.dir, 'dan', 'vietnamese-nfc.txt', [
    [COMMITMENT, 'claim'],
    [STATISTIC, 'statistic'],
    [SHORT_CLAIM, 'claim'],
    [PERCENT, 'statistic'],
  ])
  await new ReviewPage(page).open()
  return docId
}
