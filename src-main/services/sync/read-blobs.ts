import { spawn } from 'node:child_process'

/**
 * Reads many files as they are in commits (`<rev>:<path>`, or `:<path>` for what is staged)
 * with one `git cat-file --batch`, instead of a process per file: a first sync may bring
 * thousands of layer files. A spec that names nothing there gives `null`.
 */
export function readBlobs(
  cwd: string,
  specs: readonly string[],
): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>()
  if (specs.length === 0) return Promise.resolve(found)
  return new Promise((resolve, reject) => {
    const child = spawn(process.env['GLOSS_GIT'] ?? 'git', ['cat-file', '--batch'], {
      cwd,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const chunks: Buffer[] = []
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file --batch failed (${code ?? 'signal'}): ${errors.trim()}`))
        return
      }
      const output = Buffer.concat(chunks)
      let at = 0
      for (const spec of specs) {
        const lineEnd = output.indexOf(0x0a, at)
        const header = output.subarray(at, lineEnd).toString('utf8')
        at = lineEnd + 1
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          found.set(spec, null)
          continue
        }
        const [, type, size] = header.split(' ')
        const length = Number(size)
        found.set(spec, type === 'blob' ? output.subarray(at, at + length).toString('utf8') : null)
        at += length + 1
      }
      resolve(found)
    })
    // Specs are paths Gloss itself names (no line breaks): one per line is safe.
    child.stdin.end(specs.map((spec) => `${spec}\n`).join(''))
  })
}
