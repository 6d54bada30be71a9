import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decodeBytes, type DecodeResult } from '../../../src-main/core/text/decode-bytes'
import { decodeUtf16 } from '../../../src-main/core/text/utf16'
import { decodeUtf8 } from '../../../src-main/core/text/utf8'
import { decodeWindows1252 } from '../../../src-main/core/text/windows-1252'
import { FUZZ_TIMEOUT_MS, fuzzParameters } from '../../support/fuzz-runs'

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** The bytes a decoded text stands for in its encoding: decoding must be exactly reversible. */
function encode(result: Extract<DecodeResult, { ok: true }>): Uint8Array {
  const { text, encoding } = result
  if (encoding === 'utf-8') return new Uint8Array(Buffer.from(text, 'utf8'))
  if (encoding === 'utf-8-bom') return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf8'))
  if (encoding === 'utf-16le') return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'))
  if (encoding === 'utf-16be') {
    return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le')).map(
      (_, i, all) => all[i ^ 1] as number,
    )
  }
  return Uint8Array.from(text, (character) => {
    const high = CP1252_HIGH.indexOf(character)
    return high === -1 ? character.charCodeAt(0) : 0x80 + high
  })
}

/** Accepted: the bytes again exactly (no U+FFFD, nothing dropped). Refused: a reason whose offsets are in the file. */
function checkDecoded(bytes: Uint8Array): void {
  const result = decodeBytes(bytes)
  if (result.ok) {
    expect(Buffer.from(encode(result)).equals(Buffer.from(bytes))).toBe(true)
    return
  }
  expect(result.reason).toMatch(/^[a-z]/u)
  for (const match of result.reason.matchAll(/offset (\d+)/gu)) {
    expect(Number(match[1])).toBeLessThan(bytes.length)
  }
}

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]] as const

/** Text as a real file would carry it: one of the encodings Gloss reads, BOM or not. */
const encodedText = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...BOMS))
  .map(([text, bom]) => {
    const utf16 = new Uint8Array(Buffer.from(text, 'utf16le'))
    const body =
      bom.length === 2 && bom[0] === 0xff
        ? utf16
        : bom.length === 2
          ? utf16.map((_, i, all) => all[i ^ 1] as number)
          : new Uint8Array(Buffer.from(text, 'utf8'))
    return Uint8Array.from([...bom, ...body])
  })

/** A valid file with a few bytes changed, inserted or cut: where decoders break. */
const mutated = fc
  .tuple(
    encodedText,
    fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'cut')),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  )
  .map(([bytes, edits]) => {
    const out = [...bytes]
    for (const [at, byte, edit] of edits) {
      const i = out.length === 0 ? 0 : at % (out.length + 1)
      if (edit === 'set' && i < out.length) out[i] = byte
      else if (edit === 'insert') out.splice(i, 0, byte)
      else out.splice(i, 1)
    }
    return Uint8Array.from(out)
  })

describe('article decoders, fuzzed', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('decodeBytes: arbitrary bytes are read back exactly or refused with a reason', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), checkDecoded), fuzzParameters())
  })

  it('decodeBytes: text in every encoding it reads is read back exactly', () => {
    fc.assert(fc.property(encodedText, checkDecoded), fuzzParameters())
  })

  it('decodeBytes: mutated files are read back exactly or refused with a reason', () => {
    fc.assert(fc.property(mutated, checkDecoded), fuzzParameters())
  })

  it('decodeUtf8 agrees with a fatal TextDecoder on every input, and says where it stops', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 60 }), mutated), (bytes) => {
        const ours = decodeUtf8(bytes)
        let theirs: string | null
        try {
          theirs = fatal.decode(bytes)
        } catch {
          theirs = null
        }
        if ('text' in ours) expect(ours.text).toBe(theirs)
        else {
          expect(theirs).toBeNull()
          // Everything before the bad byte is valid UTF-8.
          expect(() => fatal.decode(bytes.subarray(0, ours.badByte))).not.toThrow()
        }
      }),
      fuzzParameters(),
    )
  })

  it('decodeUtf16 and decodeWindows1252 answer every input with its exact text or a byte inside it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), fc.boolean(), (bytes, littleEndian) => {
        const utf16 = decodeUtf16(bytes, 0, littleEndian)
        if ('text' in utf16) {
          const again = encode({
            ok: true,
            text: utf16.text,
            encoding: littleEndian ? 'utf-16le' : 'utf-16be',
          })
          expect(Buffer.from(again.subarray(2)).equals(Buffer.from(bytes))).toBe(true)
        } else expect(utf16.badByte).toBeLessThan(bytes.length)
        const cp1252 = decodeWindows1252(bytes)
        if ('text' in cp1252) {
          const again = encode({ ok: true, text: cp1252.text, encoding: 'windows-1252' })
          expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true)
        } else expect(cp1252.badByte).toBeLessThan(bytes.length)
      }),
      fuzzParameters(),
    )
  })
})
