import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, type TestContext } from 'vitest'

import { mountTmpfs, unmount } from '../../../support/tmpfs'

export { emptyVolume, fillVolume } from '../../../support/tmpfs'

const mounted: string[] = []
afterEach(() => {
  for (const dir of mounted.splice(0)) unmount(dir)
})

/** A tmpfs of `size` mounted in `root`, unmounted after the test; skipped where not allowed. */
export async function smallVolume(
  context: TestContext,
  root: string,
  size: string,
): Promise<string> {
  const dir = join(root, 'volume')
  await mkdir(dir)
  const cannot = mountTmpfs(dir, size)
  if (cannot !== null) context.skip(cannot)
  mounted.push(dir)
  return dir
}
