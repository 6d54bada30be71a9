// TEST ONLY: the writer the crash harness must catch. It truncates the target and writes the
// new content in place, a small chunk at a time with a pause between (a slow disk), with no
// temp file and no rename: a kill in between leaves a torn file. build-children.ts puts it
// in place of atomic-write.ts in the children it bundles with `writer: 'naive'`.
import type { BigIntStats } from 'node:fs'
import { open } from 'node:fs/promises'

export { syncFolder, tempNameFor } from '../../../src-main/services/storage/atomic-write'

const CHUNK = 1024

export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
): Promise<BigIntStats> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const handle = await open(file, 'w')
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) {
      await handle.write(bytes, at, Math.min(CHUNK, bytes.length - at), at)
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    return await handle.stat({ bigint: true })
  } finally {
    await handle.close()
  }
}
