import { join, resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** Where `buildBenchPage` writes the page. */
export const BENCH_PAGE_DIR = join(ROOT, 'out', 'bench-page')

/** Builds the bench page for production (as the app's renderer is built) into `out/bench-page`. */
export async function buildBenchPage(): Promise<string> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'page'),
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: { '@core': join(ROOT, 'src-main/core'), '@contract': join(ROOT, 'src-main/contract') },
    },
    plugins: [react()],
    build: {
      outDir: BENCH_PAGE_DIR,
      emptyOutDir: true,
      reportCompressedSize: false,
      // One bundle, as the app's renderer is; its size is no news on a bench page.
      chunkSizeWarningLimit: 10_000,
    },
  })
  return BENCH_PAGE_DIR
}
