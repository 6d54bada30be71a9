import { describe, expect, it } from 'vitest'

import { mergeJsonTexts } from '../../../../src-main/core/sync/merge-json-texts'

describe('a shared JSON file merged by git’s merge driver', () => {
  it('keeps both sides’ entries, the team’s first', () => {
    const base = '{"documents":[{"id":"d1"}]}'
    const ours = '{"documents":[{"id":"d1"},{"id":"d3"}]}'
    const theirs = '{"documents":[{"id":"d1"},{"id":"d2"}]}'
    expect(mergeJsonTexts(base, ours, theirs)).toEqual({
      text: '{\n  "documents": [\n    {\n      "id": "d1"\n    },\n    {\n      "id": "d2"\n    },\n    {\n      "id": "d3"\n    }\n  ]\n}\n',
      clashes: [],
    })
  })

  it('keeps the team’s value where both changed one, and names it', () => {
    expect(mergeJsonTexts('{"name":"a"}', '{"name":"mine"}', '{"name":"team"}')).toEqual({
      text: '{\n  "name": "team"\n}\n',
      clashes: ['name'],
    })
  })

  it('reads an empty base as a file both sides added', () => {
    expect(mergeJsonTexts('', '{"a":1}', '{"b":2}')?.text).toBe('{\n  "b": 2,\n  "a": 1\n}\n')
  })

  it('merges nothing when a side is not JSON (git’s conflict stands)', () => {
    expect(mergeJsonTexts('{}', '<<<<<<< HEAD\n{}', '{}')).toBeNull()
  })
})
