import { describe, expect, it } from 'vitest'

import { isSafeExternalUrl, safeExternalUrl } from '../../../src-main/electron/safe-external-url'

describe('isSafeExternalUrl', () => {
  it.each([
    ['a web page', 'https://example.com/'],
    ['a path, query and fragment', 'https://www.gov.uk/government/news?page=2#section-1'],
    ['a port', 'https://example.com:8443/a'],
    ['an international domain', 'https://bücher.example/'],
  ])('accepts %s', (_why, url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    ['plain http', 'http://example.com/'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows share', 'smb://server/share/x'],
    ['a UNC path', '\\\\server\\share\\x'],
    ['a script', 'javascript:alert(1)'],
    ['a script in capitals', 'JAVASCRIPT:alert(1)'],
    ['inline data', 'data:text/html,<script>alert(1)</script>'],
    ['a Windows troubleshooter handler', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['a Windows settings handler', 'ms-settings:display'],
    ['a mail address (Gloss links to none)', 'mailto:analyst@example.com'],
    ['an app:// page', 'app://bundle/index.html'],
    ['a relative path', '/documents/1'],
    ['a scheme-relative address', '//example.com/'],
    ['a user and password', 'https://user:secret@example.com/'],
    ['a user name that looks like the host', 'https://bank.example@evil.example/'],
    ['no host', 'https:///path'],
    ['no slashes', 'https:example.com'],
    ['malformed', 'https://exa mple.com/'],
    ['a leading space', ' https://example.com/'],
    ['a newline inside', 'https://exa\nmple.com/'],
    ['a right-to-left override', 'https://example.com/\u202egnp.exe'],
    ['an empty string', ''],
    ['an address longer than 2048 characters', `https://example.com/${'a'.repeat(2048)}`],
  ])('refuses %s', (_why, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('safeExternalUrl', () => {
  it('gives the address normalised, with an international domain in its ASCII form', () => {
    expect(safeExternalUrl('https://Bücher.Example/a/../b')?.href).toBe(
      'https://xn--bcher-kva.example/b',
    )
  })
})
