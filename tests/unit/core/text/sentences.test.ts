import { describe, expect, it } from 'vitest'

import { splitSentences } from '../../../../src-main/core/text/sentences'
import { tokenize } from '../../../../src-main/core/text/tokenize'

const sentences = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map((sentence) =>
    sentence.map((token) => text.slice(token.start, token.end)).join(' '),
  )

describe('splitSentences', () => {
  it('ends a sentence at . ! ? … before whitespace and a capital letter', () => {
    expect(sentences('Một. Hai! Ba? Bốn… Năm')).toEqual(['Một .', 'Hai !', 'Ba ?', 'Bốn …', 'Năm'])
  })

  it('ends a sentence before a digit', () => {
    expect(sentences('Giá tăng. 76,000 người.')).toEqual(['Giá tăng .', '76,000 người .'])
  })

  it('does not end a sentence before a lower-case word', () => {
    expect(sentences('Tăng 3.5 lần. rồi giảm.')).toEqual(['Tăng 3.5 lần . rồi giảm .'])
  })

  it('does not end a sentence when no whitespace follows the stop', () => {
    expect(sentences('Hết!Sau đó')).toEqual(['Hết ! Sau đó'])
  })

  it('does not end a sentence after an abbreviation or an initialism', () => {
    expect(sentences('Mr. Lee đến U.S. Hôm nay TP. Huế mưa.')).toEqual([
      'Mr. Lee đến U.S. Hôm nay TP. Huế mưa .',
    ])
  })

  it('keeps closing quotes and brackets with the sentence they close', () => {
    expect(sentences('Ông nói “Tốt.” Bà (đồng ý.) Xong')).toEqual([
      'Ông nói “ Tốt . ”',
      'Bà ( đồng ý . )',
      'Xong',
    ])
  })

  it('ends a sentence before an opening quote that starts one', () => {
    expect(sentences('Ông nói. “Chúng tôi sẽ làm.”')).toEqual([
      'Ông nói .',
      '“ Chúng tôi sẽ làm . ”',
    ])
  })

  it('ends a sentence at every line break, with or without a stop', () => {
    expect(sentences('Tiêu đề\nMột câu. Hai\n\nba')).toEqual(['Tiêu đề', 'Một câu .', 'Hai', 'ba'])
  })

  it('gives no sentences for no tokens', () => {
    expect(splitSentences('  ', [])).toEqual([])
  })
})
