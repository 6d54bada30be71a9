import { memo } from 'react'
import Markdown, { type Components } from 'react-markdown'

import { guidelineLink } from './guideline-link'

// Links open in a new window, which the host hands to the browser only after asking
// (electron/guards.ts); images are never loaded (the CSP forbids remote content): their
// description is shown instead.
const COMPONENTS: Components = {
  a: ({ href, children }) => {
    const safe = href === undefined ? null : guidelineLink(href)
    if (safe === null) return <span className="guideline-inert-link">{children}</span>
    return (
      <a href={safe} target="_blank" rel="noreferrer noopener">
        {children}
      </a>
    )
  },
  img: ({ alt }) => <span className="guideline-image">[image: {alt ?? ''}]</span>,
}

// Every URL reaches the components untouched; they decide what is safe to show.
const keepUrl = (url: string): string => url

/**
 * A project guideline, Markdown rendered as React elements: no HTML is ever executed
 * (react-markdown shows raw HTML as text unless told otherwise, and is not told).
 */
export const GuidelineMarkdown = memo(function GuidelineMarkdown({
  markdown,
}: {
  readonly markdown: string
}) {
  return (
    <div className="guideline-markdown" data-testid="guideline-markdown">
      <Markdown components={COMPONENTS} urlTransform={keepUrl}>
        {markdown}
      </Markdown>
    </div>
  )
})
