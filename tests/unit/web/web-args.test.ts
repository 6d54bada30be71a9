import { describe, expect, it } from 'vitest'

import { parseWebArgs } from '../../../src-main/web/web-args'

describe('parseWebArgs', () => {
  it('reads a folder, an annotator and a port', () => {
    expect(parseWebArgs(['proj', '--annotator', 'maria', '--port', '4123'])).toEqual({
      ok: true,
      args: { folder: 'proj', annotator: 'maria', port: 4123, help: false },
    })
  })

  it('defaults to no folder and port 0 (a free port)', () => {
    expect(parseWebArgs([])).toEqual({ ok: true, args: { port: 0, help: false } })
  })

  it('takes --port=N as well', () => {
    expect(parseWebArgs(['--port=0'])).toMatchObject({ ok: true, args: { port: 0 } })
  })

  it.each([['-1'], ['65536'], ['12ab'], ['1.5'], ['']])('refuses --port %j', (port) => {
    expect(parseWebArgs(['--port', port])).toMatchObject({ ok: false })
  })

  it('refuses two folders', () => {
    expect(parseWebArgs(['a', 'b'])).toEqual({
      ok: false,
      message: 'Expected one project folder, got 2.',
    })
  })

  it('refuses an unknown option', () => {
    expect(parseWebArgs(['--host', '0.0.0.0'])).toMatchObject({ ok: false })
  })

  it('refuses an annotator name that cannot be a folder name', () => {
    expect(parseWebArgs(['--annotator', '../x'])).toMatchObject({ ok: false })
    expect(parseWebArgs(['--annotator', '_gold'])).toMatchObject({ ok: false })
  })
})
