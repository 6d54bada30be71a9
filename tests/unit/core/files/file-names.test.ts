import { posix, win32 } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  fileNameProblem,
  relativePathProblem,
  safeFileStem,
} from '../../../../src-main/core/files/file-names'

// Each name refused, with the reason; the same answer whichever OS the test runs on.
const REFUSED_NAMES: readonly (readonly [string, string])[] = [
  ['', 'it is empty'],
  ['.', '"." names the folder itself, not a file'],
  ['..', '".." names the folder above, not a file'],
  ['../x', 'it contains a path separator (/ or \\)'],
  ['..\\..\\Windows\\win.ini', 'it contains a path separator (/ or \\)'],
  ['a/b', 'it contains a path separator (/ or \\)'],
  ['C:', 'it contains ":", which Windows does not allow in names'],
  ['c:x', 'it contains ":", which Windows does not allow in names'],
  ['file:x', 'it contains ":", which Windows does not allow in names'],
  ['notes.txt:stream', 'it contains ":", which Windows does not allow in names'],
  ['a\u0000b', 'it contains a control character, which Windows does not allow in names'],
  ['tab\there', 'it contains a control character, which Windows does not allow in names'],
  ['what?', 'it contains "?", which Windows does not allow in names'],
  ['a*b', 'it contains "*", which Windows does not allow in names'],
  ['x.txt.', 'it ends in a dot or a space, which Windows drops'],
  ['x.txt ', 'it ends in a dot or a space, which Windows drops'],
  ['CON', '"CON" is a device name on Windows'],
  ['con', '"con" is a device name on Windows'],
  ['Aux.txt', '"Aux" is a device name on Windows'],
  ['NUL.tar.gz', '"NUL" is a device name on Windows'],
  ['prn', '"prn" is a device name on Windows'],
  ['COM1', '"COM1" is a device name on Windows'],
  ['com9.json', '"com9" is a device name on Windows'],
  ['LPT1', '"LPT1" is a device name on Windows'],
  ['lpt9.ann', '"lpt9" is a device name on Windows'],
  ['COM¹', '"COM¹" is a device name on Windows'],
  ['CON .txt', '"CON " is a device name on Windows'],
  ['x'.repeat(256), 'it is longer than 255 bytes'],
  ['é'.repeat(128), 'it is longer than 255 bytes'],
]

const ACCEPTED_NAMES = [
  'a.txt',
  'ok..name.txt',
  '%2e%2e%2f',
  '0fd97b1faa0790ad.ann',
  'Trần Lan',
  'CONSOLE.txt',
  'com10',
  'lpt',
  'x'.repeat(255),
  '.hidden',
]

describe('fileNameProblem', () => {
  it.each(REFUSED_NAMES)('refuses %j: %s', (name, reason) => {
    expect(fileNameProblem(name)).toBe(reason)
  })

  it.each(ACCEPTED_NAMES)('accepts %j', (name) => {
    expect(fileNameProblem(name)).toBeNull()
  })

  // The point of refusing: under either OS's path rules, every accepted name joined to a
  // folder stays one entry directly inside it.
  it.each([
    ['posix', posix],
    ['win32', win32],
  ] as const)('keeps every accepted name one entry inside the folder under %s rules', (_, path) => {
    const root = path.resolve('/project/documents')
    for (const name of ACCEPTED_NAMES) {
      const joined = path.resolve(root, name)
      expect(path.dirname(joined)).toBe(root)
      expect(path.basename(joined)).toBe(name)
    }
  })

  it.each([
    ['posix', posix],
    ['win32', win32],
  ] as const)('refuses every name that would leave the folder under %s rules', (_, path) => {
    const root = path.resolve('/project/documents')
    const escaping = ['..', '../x', '..\\x', 'C:\\x', 'c:/x', '\\\\server\\share', '/etc/passwd']
    const leaves = escaping.filter((name) => path.dirname(path.resolve(root, name)) !== root)
    expect(leaves.length).toBeGreaterThan(0)
    expect(leaves.filter((name) => fileNameProblem(name) === null)).toEqual([])
  })
})

describe('relativePathProblem', () => {
  it.each([
    ['/etc/passwd', 'it is an absolute path'],
    ['\\\\server\\share\\x', 'it is an absolute path'],
    ['\\Windows\\win.ini', 'it is an absolute path'],
    ['C:\\x', 'it starts with a drive letter'],
    ['c:/x', 'it starts with a drive letter'],
    ['file:///etc/passwd', 'it contains ":", which Windows does not allow in names'],
    ['../../.ssh/id_rsa', '".." names the folder above, not a file'],
    ['a/../b', '".." names the folder above, not a file'],
    ['./x', '"." names the folder itself, not a file'],
    ['a//b', 'it has an empty folder name'],
    ['a/', 'it has an empty folder name'],
    ['a\\b', 'it contains a path separator (/ or \\)'],
    ['articles/CON', '"CON" is a device name on Windows'],
    ['articles/x.txt.', 'it ends in a dot or a space, which Windows drops'],
    ['a/b\u0000', 'it contains a control character, which Windows does not allow in names'],
    [`${'a/'.repeat(512)}b`, 'it is longer than 1024 characters'],
  ])('refuses %j: %s', (path, reason) => {
    expect(relativePathProblem(path)).toBe(reason)
  })

  it.each(['a.jsonl', 'alice/0fd97b1faa0790ad.ann', 'Trần Lan/doc.txt', 'brat/lan/x.ann'])(
    'accepts %j',
    (path) => {
      expect(relativePathProblem(path)).toBeNull()
    },
  )
})

describe('safeFileStem', () => {
  it.each([
    ['Mekong study', 'Mekong study'],
    ['a/b\\c:d*?"<>|e', 'a-b-c-d-e'],
    ['  ..hidden.. ', 'hidden'],
    ['CON', 'CON-project'],
    ['con.v2', 'con-project.v2'],
    ['Aux .notes', 'Aux-project.notes'],
    ['tab\there', 'tab-here'],
    ['nul\u0000x', 'nul-x'],
    ['///', 'gloss-export'],
    [' ... ', 'gloss-export'],
    ['Dữ liệu 🌊', 'Dữ liệu 🌊'],
  ])('makes %j into %j', (text, stem) => {
    expect(safeFileStem(text, 'gloss-export')).toBe(stem)
  })

  it('makes only stems the name check accepts, whatever the text', () => {
    const texts = [
      'CON',
      'con.v2',
      'Aux .notes',
      ' ..x.. ',
      'a:b',
      'LPT1.',
      '\u0000',
      'x'.repeat(300),
    ]
    expect(texts.map((text) => fileNameProblem(`${safeFileStem(text, 'f')}.jsonl`))).toEqual(
      texts.map(() => null),
    )
  })
})
