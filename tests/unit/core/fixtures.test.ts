import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { decodeBytes, type DecodeResult } from '../../../src-main/core/text/decode-bytes'
import { normalizeText } from '../../../src-main/core/text/normalize-text'

const DIR = join(import.meta.dirname, '../../fixtures/articles')
const raw = (name: string): Buffer => readFileSync(join(DIR, name))
const imported = (name: string): DecodeResult => {
  const result = decodeBytes(new Uint8Array(raw(name)))
  return result.ok ? { ...result, text: normalizeText(result.text) } : result
}

const VIETNAMESE =
  'Hà Nội cam kết tăng cường hợp tác về dữ liệu sông Mê Kông\n\n' +
  'HÀ NỘI — Bộ trưởng Trần Thị Lan cho biết chính phủ sẽ tăng cường chia sẻ dữ liệu thủy văn ' +
  'với các nước láng giềng. Theo báo cáo, 12.500 hộ dân đã được hỗ trợ trong năm qua, ' +
  'tăng 3,5% so với năm trước.\n'
const WATER_DEAL =
  'Ministers agree water-sharing deal\n\n' +
  'The two ministers said they would “increase cooperation on river data” and publish ' +
  'figures every quarter. Café owners in Đà Nẵng welcomed it 🌊.\n'

describe('fixture articles', () => {
  it('keeps every fixture article under 2 KB', () => {
    const large = readdirSync(DIR).filter((name) => name !== 'README.md' && raw(name).length > 2048)
    expect(large).toEqual([])
  })

  it('reads the NFC Vietnamese article as written', () => {
    expect(imported('vietnamese-nfc.txt')).toEqual({
      ok: true,
      text: VIETNAMESE.normalize('NFC'),
      encoding: 'utf-8',
    })
  })

  it('composes the NFD Vietnamese article to the same text as the NFC one', () => {
    expect(raw('vietnamese-nfd.txt').equals(raw('vietnamese-nfc.txt'))).toBe(false)
    expect(imported('vietnamese-nfd.txt')).toEqual(imported('vietnamese-nfc.txt'))
  })

  it('reads emoji, flags, astral letters and CJK unchanged', () => {
    expect(imported('emoji-astral.txt')).toEqual({
      ok: true,
      text:
        'Harbour festival draws record crowds 🎉\n\n' +
        'Organisers said 👨‍👩‍👧‍👦 families travelled from 🇬🇧 and 🇫🇷 to attend. ' +
        'Volunteers 👍🏽 handed out 1️⃣ free map each. A banner read 𝐂𝐋𝐄𝐀𝐍 𝐒𝐄𝐀𝐒, and the ' +
        'twin city of 横浜 sent greetings: 港口节快乐！\n',
      encoding: 'utf-8',
    })
  })

  it('has CRLF on disk and LF after import', () => {
    expect(raw('crlf-line-endings.txt').includes('\r\n')).toBe(true)
    expect(imported('crlf-line-endings.txt')).toEqual({
      ok: true,
      text:
        'Council pledges new bus routes\n\n' +
        'The council will add 14 bus routes by March, the transport lead said.\n' +
        'Ridership rose 8% last year.\n',
      encoding: 'utf-8',
    })
  })

  it('turns lone CRs and CRLFs of the mixed file into one LF each', () => {
    expect(imported('mixed-line-endings.txt')).toEqual({
      ok: true,
      text:
        'Ferry timetable changes\n\nThe ferry will sail hourly from June.\n' +
        'Fares stay at £4.\nThe operator expects 90,000 trips.\n',
      encoding: 'utf-8',
    })
  })

  it('drops the UTF-8 byte-order mark', () => {
    expect([...raw('utf8-bom.txt').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(imported('utf8-bom.txt')).toEqual({
      ok: true,
      text:
        'Port authority reports busiest summer\n\n' +
        'The port handled 2.4 million containers, a rise of 6%, officials said on Tuesday.\n',
      encoding: 'utf-8-bom',
    })
  })

  it('reads UTF-16 LE with a byte-order mark', () => {
    expect(imported('utf16le-bom.txt')).toEqual({
      ok: true,
      text: WATER_DEAL,
      encoding: 'utf-16le',
    })
  })

  it('reads UTF-16 BE with a byte-order mark', () => {
    expect(imported('utf16be-bom.txt')).toEqual({
      ok: true,
      text: WATER_DEAL,
      encoding: 'utf-16be',
    })
  })

  it('refuses UTF-16 without a byte-order mark', () => {
    expect(imported('utf16le-no-bom.txt')).toEqual({
      ok: false,
      reason:
        'looks like UTF-16 text without a byte-order mark, which Gloss cannot tell apart from binary data; save it as UTF-8',
    })
  })

  it('reads Windows-1252 curly quotes, euro signs, dashes, ellipsis and é', () => {
    expect(imported('windows-1252.txt')).toEqual({
      ok: true,
      text:
        'Minister’s pledge: “We will cut fees by €20”\n\n' +
        'The café owners—who met on Friday—said the €2 million fund was… welcome.\n',
      encoding: 'windows-1252',
    })
  })

  it('leaves glued words glued', () => {
    const result = imported('glued-words.txt')
    expect(result.ok && result.text).toBe(raw('glued-words.txt').toString('utf8'))
  })

  it('leaves boilerplate in place', () => {
    const result = imported('boilerplate.txt')
    expect(result.ok && result.text).toBe(raw('boilerplate.txt').toString('utf8'))
  })

  it('reads Markdown as plain text, markup kept', () => {
    const result = imported('grid-storage.md')
    expect(result.ok && result.text).toBe(raw('grid-storage.md').toString('utf8'))
  })

  it('refuses the PNG as binary', () => {
    expect(imported('binary.png')).toEqual({
      ok: false,
      reason:
        'looks like a binary file, not text (it contains zero bytes); import .txt or .md files',
    })
  })
})
