import { ensureBuild } from '../../scripts/ensure-build.mjs'
import { buildBenchPage } from '../page-server/build-page'
import { benchAppCase } from './app-bench'
import { benchPageCase } from './page-bench'
import { LARGE_CASE, SMALL_CASE } from './ui-case'
import { formatMeasure, type UiMeasure } from './ui-measure'

/** Runs each case this many times (the issue asks for at least five). */
export const UI_REPS = 5

/**
 * The renderer's targets (issue #7), in the real app and on the bench page, each case
 * `UI_REPS` times; `quick` runs the large case only. Prints each figure as it comes.
 */
export async function benchUiCases(options: { readonly quick: boolean }): Promise<UiMeasure[]> {
  ensureBuild()
  const pageDir = await buildBenchPage()
  const sizes = options.quick ? [LARGE_CASE] : [SMALL_CASE, LARGE_CASE]
  const figures: UiMeasure[] = []
  for (const size of sizes) {
    for (const run of [
      benchAppCase,
      (s: typeof size, reps: number) => benchPageCase(s, reps, pageDir),
    ]) {
      for (const figure of await run(size, UI_REPS)) {
        console.log(formatMeasure(figure))
        figures.push(figure)
      }
    }
  }
  return figures
}
