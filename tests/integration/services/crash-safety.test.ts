import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ANNOTATION_EDITS } from '../../../src-main/services/project/annotation-edits'
import { ANNOTATION_FILE } from '../../../src-main/services/project/file-kinds'
import { editLogPath, parseEditLog } from '../../../src-main/services/storage/edit-log'
import { lookState } from '../../../src-main/services/storage/file-state'
import { parseVersioned } from '../../../src-main/services/storage/json-kind'
import { CRASH_TEXT, labelsAfter } from './support/crash-ops'
import { ok, openedProject, setup } from './support/project-fixture'

const SAVER = join(import.meta.dirname, 'support', 'crash-saver.ts')
const KILLS = 16

/** Runs the saver from edit `from` and kills it (SIGKILL) mid-save; returns the last edit acknowledged. */
function saveUntilKilled(args: readonly string[], from: number, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SAVER, ...args, String(from)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let acknowledged = from - 1
    let errors = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      for (const [, n] of chunk.matchAll(/ack (\d+)\n/gu)) acknowledged = Number(n)
      // A little after an ack, so that kills land anywhere in the next save.
      if (acknowledged >= from - 1 + acks) setTimeout(() => child.kill('SIGKILL'), acks % 4)
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged)
      else reject(new Error(`the saver stopped by itself: ${errors}`))
    })
  })
}

describe('crash safety of saves', () => {
  it('keeps every file readable and every acknowledged edit through kills in the middle of saves', async () => {
    const where = await setup()
    const handlers = await openedProject(where)
    const imported = await ok(handlers, 'importUploads', {
      files: [{ name: 'ferry.txt', base64: Buffer.from(CRASH_TEXT).toString('base64') }],
    })
    const docId = imported.outcomes[0]?.docId ?? ''
    const layer = join(where.project, 'annotations', 'alice')
    const file = join(layer, `${docId}.json`)

    let done = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const acknowledged = await saveUntilKilled(
        [where.project, 'alice', docId],
        done + 1,
        3 + ((kill * 7) % 11),
      )
      // Every file there parses as what it is (a log may end in a line the kill cut short).
      for (const name of await readdir(layer)) {
        const text = await readFile(join(layer, name), 'utf8')
        if (name.endsWith('.edits.jsonl'))
          parseEditLog(ANNOTATION_EDITS, text, file, join(layer, name))
        else if (name.endsWith('.json')) parseVersioned(ANNOTATION_FILE, text, join(layer, name))
      }
      const held = new Map(
        (await lookState(file, ANNOTATION_FILE, null)).value?.spans.map((span) => [
          span.id,
          span.label,
        ]),
      )
      // Every acknowledged edit is there; the one being saved at the kill may be too.
      const landed = [acknowledged, acknowledged + 1].find((count) =>
        sameLabels(held, labelsAfter(count)),
      )
      expect(landed, `after kill ${kill + 1}, edit ${acknowledged} acknowledged`).toBeDefined()
      done = landed ?? acknowledged
    }
    expect(done).toBeGreaterThan(KILLS * 3)
    const { annotations } = await ok(handlers, 'getDocument', { docId })
    expect(new Map(annotations.spans.map((span) => [span.id, span.label]))).toEqual(
      labelsAfter(done),
    )
    expect(editLogPath(file)).toMatch(/\.edits\.jsonl$/u)
  })
})

function sameLabels(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([id, label]) => b.get(id) === label)
}
