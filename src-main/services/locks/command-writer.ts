import { resolve } from 'node:path'

import { openProjectStore, type ProjectStore } from '../project/project-store'
import { createLayerLocks } from './layer-locks'

/**
 * Runs a headless command (the CLI) on the project in `folder` as the writer of the layers it
 * writes: each is taken at its first write and kept until the command ends, so a layer that
 * an open Gloss (or another command) writes is refused with who holds it, and released after.
 */
export async function asProjectWriter<R>(
  folder: string,
  create: boolean,
  work: (store: ProjectStore) => Promise<R>,
): Promise<R> {
  const locks = createLayerLocks(resolve(folder))
  try {
    const store = await openProjectStore(folder, {
      create,
      layerGate: async (layers, write) => {
        for (const layer of [...new Set(layers)].sort()) await locks.hold(layer)
        return write()
      },
    })
    return await work(store)
  } finally {
    await locks.releaseAll()
  }
}
