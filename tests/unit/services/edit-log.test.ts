import { describe, expect, it } from 'vitest'

import { parseEditLog } from '../../../src-main/services/storage/edit-log'
import { TALLY_EDITS } from './edit-log-fixture'

const HEADER = '{"version":1,"editsOf":"tally.json"}\n'
const parse = (text: string) =>
  parseEditLog(TALLY_EDITS, text, '/p/tally.json', '/p/tally.edits.jsonl')

describe('the edit log format', () => {
  it('reads a header and one edit per line', () => {
    expect(parse(`${HEADER}{"name":"a","count":1}\n{"name":"b","count":2}\n`)).toEqual({
      edits: [
        { name: 'a', count: 1 },
        { name: 'b', count: 2 },
      ],
      validBytes: HEADER.length + 46,
      torn: false,
    })
  })

  it('leaves out a last line without its line break: a save a crash cut short', () => {
    expect(parse(`${HEADER}{"name":"a","count":1}\n{"name":"b","co`)).toEqual({
      edits: [{ name: 'a', count: 1 }],
      validBytes: HEADER.length + 23,
      torn: true,
    })
  })

  it('reads a log whose header a crash cut short as holding nothing', () => {
    expect(parse('{"version":1,"edi')).toEqual({ edits: [], validBytes: 0, torn: true })
  })

  it('refuses a complete line that is not an edit, naming the line', () => {
    expect(() => parse(`${HEADER}{"name":"a","count":1}\n{"name":"b"}\n`)).toThrow(
      'Gloss cannot read /p/tally.edits.jsonl: line 3 is not an edit Gloss knows.',
    )
    expect(() => parse(`${HEADER}not json\n{"name":"a","count":1}\n`)).toThrow(
      'Gloss cannot read /p/tally.edits.jsonl: line 2 is not valid JSON.',
    )
  })

  it('refuses a log from a newer Gloss, one for another file, and one with merge conflicts', () => {
    expect(() => parse('{"version":2,"editsOf":"tally.json"}\n')).toThrow(
      'it was written by a newer Gloss (edit log version 2; this Gloss reads up to 1)',
    )
    expect(() => parse('{"version":1,"editsOf":"other.json"}\n')).toThrow(
      'it holds the edits of other.json, not tally.json',
    )
    expect(() => parse(`${HEADER}<<<<<<< HEAD\n`)).toThrow('unresolved merge conflict markers')
  })
})
