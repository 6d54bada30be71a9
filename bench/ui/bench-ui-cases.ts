import { ensureBuild } from '../../scripts/ensure-build.mjs'
import { benchAnyPage } from '../compare/any-page-bench'
import { buildBenchPage } from '../page-server/build-page'
import { servePage } from '../page-server/serve-page'
import { benchAppCase } from './app-bench'
import { benchPageCase } from './page-bench'
import { LARGE_CASE, SMALL_CASE, uiCase, type UiCaseSize } from './ui-case'
import { formatMeasure, type UiMeasure } from './ui-measure'

/** Runs each case this many times (the issue asks for at least five). */
export const UI_REPS = 5

/** Gloss's bench page and the plain <mark> page, side by side through `window.bench` alone. */
async function compareFrontEnds(size: UiCaseSize, glossPage: string): Promise<UiMeasure[]> {
  const data = uiCase(size)
  const figures: UiMeasure[] = []
  for (const [name, dir] of [
    ['Gloss', glossPage],
    ['plain <mark>', await buildBenchPage('compare')],
  ] as const) {
    const served = await servePage(dir)
    try {
      figures.push(...(await benchAnyPage(served.url, name, data, UI_REPS)))
    } finally {
      await served.close()
    }
  }
  return figures
}

/**
 * The renderer's targets (issue #7), in the real app and on the bench page, each case
 * `UI_REPS` times, then the same cases on a plain <mark> front end for comparison; `quick`
 * runs the large case only and no comparison. Prints each figure as it comes.
 */
export async function benchUiCases(options: { readonly quick: boolean }): Promise<UiMeasure[]> {
  ensureBuild()
  const pageDir = await buildBenchPage()
  const sizes = options.quick ? [LARGE_CASE] : [SMALL_CASE, LARGE_CASE]
  const figures: UiMeasure[] = []
  const runs = [
    (size: UiCaseSize) => benchAppCase(size, UI_REPS),
    (size: UiCaseSize) => benchPageCase(size, UI_REPS, pageDir),
    ...(options.quick ? [] : [(size: UiCaseSize) => compareFrontEnds(size, pageDir)]),
  ]
  for (const size of sizes) {
    for (const run of runs) {
      for (const figure of await run(size)) {
        console.log(formatMeasure(figure))
        figures.push(figure)
      }
    }
  }
  return figures
}
