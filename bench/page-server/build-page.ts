import { join, resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** The pages a harness can be pointed at: Gloss's own, and the plain <mark> comparison. */
export type BenchPageName = 'page' | 'compare'

/**
 * Builds a bench page for production (as the app's renderer is built) from `bench/<name>`
 * into `out/bench-<name>`, and returns that folder.
 */
export async function buildBenchPage(name: BenchPageName = 'page'): Promise<string> {
  const outDir = join(ROOT, 'out', `bench-${name}`)
  await build({
    configFile: false,
    root: join(ROOT, 'bench', name),
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: { '@core': join(ROOT, 'src-main/core'), '@contract': join(ROOT, 'src-main/contract') },
    },
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // One bundle, as the app's renderer is; its size is no news on a bench page.
      chunkSizeWarningLimit: 10_000,
    },
  })
  return outDir
}
