import { afterEach } from 'vitest'

const before = process.env['GLOSS_MACHINE']
afterEach(() => {
  if (before === undefined) delete process.env['GLOSS_MACHINE']
  else process.env['GLOSS_MACHINE'] = before
})

/** The machine the next syncs run on, as its host name would say. */
export function onMachine(name: string): void {
  process.env['GLOSS_MACHINE'] = name
}
