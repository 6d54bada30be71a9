import { describe, expect, it } from 'vitest'

import { createExternalLinkOpener } from '../../../src-main/electron/external-links'

const setup = (answer: boolean | Promise<boolean>) => {
  const asked: string[] = []
  const opened: string[] = []
  const offer = createExternalLinkOpener({
    confirm: (url) => {
      asked.push(url.href)
      return Promise.resolve(answer)
    },
    open: async (href) => {
      opened.push(href)
    },
  })
  return { offer, asked, opened }
}

describe('createExternalLinkOpener', () => {
  it('opens a safe https link, normalised, once the analyst agrees', async () => {
    const { offer, asked, opened } = setup(true)

    expect(await offer('https://Example.com/a/../report')).toBe(true)
    expect(asked).toEqual(['https://example.com/report'])
    expect(opened).toEqual(['https://example.com/report'])
  })

  it('opens nothing when the analyst declines', async () => {
    const { offer, asked, opened } = setup(false)

    expect(await offer('https://example.com/')).toBe(false)
    expect(asked).toEqual(['https://example.com/'])
    expect(opened).toEqual([])
  })

  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'neither asks nor opens for %s',
    async (url) => {
      const { offer, asked, opened } = setup(true)

      expect(await offer(url)).toBe(false)
      expect(asked).toEqual([])
      expect(opened).toEqual([])
    },
  )

  it('drops a second link while the first question is still open', async () => {
    let agree: (yes: boolean) => void = () => undefined
    const { offer, asked, opened } = setup(new Promise<boolean>((resolve) => (agree = resolve)))

    const first = offer('https://one.example/')
    const second = await offer('https://two.example/')
    agree(true)

    expect(second).toBe(false)
    expect(await first).toBe(true)
    expect(asked).toEqual(['https://one.example/'])
    expect(opened).toEqual(['https://one.example/'])
  })
})
