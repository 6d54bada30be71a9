import { describe, expect, it } from 'vitest'

import { exportStem } from '../../../../src-main/core/formats/file-stem'

describe('exportStem', () => {
  it('keeps a plain project name, accents and spaces included', () => {
    expect(exportStem('Tin tức 2024')).toBe('Tin tức 2024')
  })

  it('replaces characters Windows forbids and path separators', () => {
    expect(exportStem('a/b\\c:d*"e"?')).toBe('a-b-c-d-e-')
  })

  it('drops leading and trailing dots and spaces', () => {
    expect(exportStem('  ..news.. ')).toBe('news')
  })

  it('falls back to gloss-export when nothing usable is left', () => {
    expect(exportStem(' ... ')).toBe('gloss-export')
    expect(exportStem('///')).toBe('gloss-export')
  })

  it('moves away from names Windows reserves for devices', () => {
    expect(exportStem('CON')).toBe('CON-project')
  })
})
