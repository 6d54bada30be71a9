import { describe, expect, it } from 'vitest'

import { parseCorpus } from '../../../../src-main/core/formats/parse-corpus'
import { file, jsonl } from './fixtures'

describe('parseCorpus', () => {
  it('reads JSON Lines articles with their id, title and meta, text normalised', () => {
    const text = jsonl(
      { id: 7, title: ' Hà Nội ', text: 'Dòng một\r\nDòng hai', meta: { url: 'https://x.vn/1' } },
      { text: 'Vie\u0323\u0302t Nam 👍🏻' },
    )
    expect(parseCorpus(file('news.jsonl', text))).toEqual({
      documents: [
        {
          text: 'Dòng một\nDòng hai',
          title: 'Hà Nội',
          sourceId: '7',
          meta: { url: 'https://x.vn/1' },
        },
        { text: 'Việt Nam 👍🏻' },
      ],
      problems: [],
    })
  })

  it('reports bad lines by number and imports the rest', () => {
    const text = `${jsonl({ text: 'một' })}{"text": "hai"\n${jsonl({ title: 'no text' }, { text: '  ' }, 'just text', { text: 'ba' })}`
    const { documents, problems } = parseCorpus(file('news.jsonl', text))
    expect(problems).toEqual([
      {
        file: 'news.jsonl',
        line: 2,
        message: "bad JSON on line 2: Expected ',' or '}' after property value at column 15",
      },
      {
        file: 'news.jsonl',
        line: 3,
        where: 'line 3',
        message: 'line 3: "text" is nothing, not the article\'s text; skipped',
      },
      { file: 'news.jsonl', line: 4, where: 'line 4', message: 'line 4: "text" is empty; skipped' },
      {
        file: 'news.jsonl',
        line: 5,
        where: 'line 5',
        message: 'line 5: expected an object with a "text" field, found "just text"',
      },
    ])
    expect(documents.map((d) => d.text)).toEqual(['một', 'ba'])
  })

  it.each([
    ['a list', [{ text: 'một' }, { text: 'hai' }], ['một', 'hai']],
    ['one object', { text: 'một', title: 'T' }, ['một']],
    ['{"data": [...]}', { data: [{ text: 'một' }, { text: 'hai' }] }, ['một', 'hai']],
  ])('reads a .json file holding %s', (_shape, value, texts) => {
    const { documents, problems } = parseCorpus(file('news.json', JSON.stringify(value, null, 2)))
    expect(problems).toEqual([])
    expect(documents.map((d) => d.text)).toEqual(texts)
  })

  it('names bad items of a .json list by position', () => {
    const { problems } = parseCorpus(
      file('news.json', JSON.stringify([{ text: 'ok' }, { text: 3 }])),
    )
    expect(problems).toEqual([
      {
        file: 'news.json',
        where: 'item 2',
        message: 'item 2: "text" is 3, not the article\'s text; skipped',
      },
    ])
  })

  it('reports a .json file that is not JSON, with its line', () => {
    expect(parseCorpus(file('news.json', '[\n{"text": "a"},\n{"text" "b"}\n]'))).toEqual({
      documents: [],
      problems: [
        {
          file: 'news.json',
          line: 3,
          message: "bad JSON on line 3: Expected ':' after property name at column 9",
        },
      ],
    })
  })

  it('reports JSON that holds no articles', () => {
    expect(parseCorpus(file('news.json', '{"articles": []}')).problems).toEqual([
      {
        file: 'news.json',
        message: 'expected a list of articles with a "text" field, found {"articles":[]}',
      },
    ])
  })
})
