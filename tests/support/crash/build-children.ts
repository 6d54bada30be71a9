import { join, resolve } from 'node:path'

import { build, type Plugin } from 'vite'

const HERE = import.meta.dirname
const ROOT = resolve(HERE, '../../..')
const NAIVE = join(HERE, 'naive-write.ts')

/** The bundled children of the crash harness: node runs them without a TypeScript loader. */
export interface CrashChildren {
  /** Saves through the services (saver-child.ts). */
  readonly saver: string
  /** The browser host's server (host-child.ts). */
  readonly host: string
  /** Writes a large export with the CLI's writer (exporter-child.ts). */
  readonly exporter: string
}

/**
 * Bundles the children into `outDir`. A child started with `node --import tsx` spends most of
 * a second compiling before it saves anything; bundled it starts in a tenth of that, which
 * is what lets hundreds of kills fit in a test. With `writer: 'naive'` every import of
 * atomic-write.ts is given naive-write.ts instead: the same children, saving unsafely.
 */
export async function buildCrashChildren(
  outDir: string,
  writer: 'atomic' | 'naive',
): Promise<CrashChildren> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    plugins: writer === 'naive' ? [naiveWriter()] : [],
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: {
        input: {
          saver: join(HERE, 'saver-child.ts'),
          host: join(HERE, 'host-child.ts'),
          exporter: join(HERE, 'exporter-child.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  })
  return {
    saver: join(outDir, 'saver.mjs'),
    host: join(outDir, 'host.mjs'),
    exporter: join(outDir, 'exporter.mjs'),
  }
}

function naiveWriter(): Plugin {
  return {
    name: 'gloss-naive-writer',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === NAIVE || !/(^|\/)atomic-write(\.ts)?$/u.test(source)) return null
      return NAIVE
    },
  }
}
