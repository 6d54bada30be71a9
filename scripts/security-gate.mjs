// The Electronegativity gate (research/reliability-security.md §2.5): scans the Electron shell
// together with the page it loads and exits 1 on any finding of MEDIUM severity or more with
// FIRM confidence or more, or on a file it could not parse. Its CLI always exits 0, hence the
// programmatic API. Usage: node scripts/security-gate.mjs [paths to scan instead]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity')
const { severity, confidence } = require('@doyensec/electronegativity/dist/finder/attributes')

const ROOT = fileURLToPath(new URL('..', import.meta.url))
// Informational by design: every preload is "review required", the version note is not a flaw.
const ALLOW = new Set(
  (process.env.ENEG_ALLOW ?? 'PRELOAD_JS_CHECK,ELECTRON_VERSION_JSON_CHECK').split(','),
)
const electronVersion = JSON.parse(
  readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version

// Electron's CSP arrives as a response header from the app:// handler, which the checker
// cannot see; the page's <meta> CSP it can. Global checks only look within one scan, so the
// shell and the page it loads are copied into one folder and scanned together.
const SOURCES = [
  ['src-main/electron', 'electron'],
  ['src-renderer/index.html', 'renderer-source.html'],
  ['out/renderer/index.html', 'renderer-built.html'],
]

function gatherInputs(paths) {
  const folder = mkdtempSync(join(tmpdir(), 'gloss-security-gate-'))
  const origins = new Map()
  for (const [source, name] of paths) {
    const from = resolve(ROOT, source)
    if (!existsSync(from)) continue
    cpSync(from, join(folder, name), { recursive: true })
    origins.set(join(folder, name), from)
  }
  return { folder, origins }
}

const originOf = (file, origins) => {
  for (const [copy, from] of origins) {
    if (file === copy || file.startsWith(copy + sep))
      return relative(ROOT, from + file.slice(copy.length))
  }
  return file
}

async function scan(input) {
  const { issues, errors } = await run(
    {
      input,
      output: null,
      isSarif: false,
      customScan: [],
      // The one check that needs the network (Electron's release list); it fails offline.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      severitySet: null,
      confidenceSet: null,
      isRelative: false,
      isVerbose: false,
      parserPlugins: [],
      electronVersionOverride: electronVersion,
    },
    false,
  )
  const blocking = issues.filter(
    (issue) =>
      !ALLOW.has(issue.id) &&
      issue.severity.value >= severity.MEDIUM.value &&
      issue.confidence.value >= confidence.FIRM.value,
  )
  const parseErrors = errors.filter((error) => !error.tolerable)
  return { issues, blocking, parseErrors }
}

const custom = process.argv.slice(2)
const { folder, origins } = gatherInputs(
  custom.length > 0 ? custom.map((path) => [path, basename(path)]) : SOURCES,
)
let failures
try {
  const { issues, blocking, parseErrors } = await scan(folder)
  for (const issue of blocking) {
    console.log(
      `BLOCK ${issue.id} ${issue.severity.name}/${issue.confidence.name} ` +
        `${originOf(issue.file, origins)}:${issue.location.line} ${issue.description}`,
    )
  }
  for (const error of parseErrors) {
    console.log(`PARSE-ERROR ${originOf(error.file, origins)}: ${error.message}`)
  }
  failures = blocking.length + parseErrors.length
  console.log(
    `scanned ${[...origins.values()].map((from) => relative(ROOT, from)).join(', ')}: ` +
      `${failures} blocking, ${issues.length - blocking.length} notes`,
  )
} finally {
  rmSync(folder, { recursive: true, force: true })
}
console.log(failures === 0 ? 'security gate: passed' : `security gate: ${failures} blocking`)
process.exit(failures === 0 ? 0 : 1)
