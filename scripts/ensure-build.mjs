// Builds the app with electron-vite when out/ is missing or older than its sources, so
// `npm start`, `npm run web` and `npx gloss` work right after `npm ci`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))

const OUTPUTS = [
  'out/main/index.js',
  'out/main/web.js',
  'out/main/cli.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
]
const SOURCES = ['src-main', 'src-renderer', 'electron.vite.config.ts', 'package.json']

const newestIn = (path) => {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)))
  return newest
}

/** Why the build is out of date, or `null` when out/ is current. */
export function staleReason(root = ROOT) {
  const missing = OUTPUTS.find((file) => !existsSync(join(root, file)))
  if (missing) return `${missing} is missing`
  const built = Math.min(...OUTPUTS.map((file) => statSync(join(root, file)).mtimeMs))
  const changed = SOURCES.filter((source) => existsSync(join(root, source))).find(
    (source) => newestIn(join(root, source)) > built,
  )
  return changed ? `${changed} changed since the last build` : null
}

/**
 * Runs `electron-vite build` when needed. The build's own output is kept off stdout (callers
 * print exactly one line there) and shown on stderr only if the build fails.
 * With `quiet`, no notice is printed before building.
 */
export function ensureBuild({ quiet = false, root = ROOT } = {}) {
  const reason = staleReason(root)
  if (reason === null) return false
  if (!quiet) process.stderr.write(`gloss: building the app first (${reason})...\n`)
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [bin, 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
    throw new Error(
      `gloss: the build failed (${result.error?.message ?? `exit ${result.status}`}); see above.`,
    )
  }
  return true
}
