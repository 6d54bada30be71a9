import { useEffect, useState } from 'react'

import { useCommands } from '../state/use-store'

/**
 * The project's guideline as read when the component mounted: `undefined` while loading,
 * `null` when the project has none. An answer after unmounting is dropped.
 */
export function useGuidelineText(): string | null | undefined {
  const { guidelines } = useCommands()
  const [markdown, setMarkdown] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    void guidelines.load().then((text) => {
      if (live) setMarkdown(text)
    })
    return () => {
      live = false
    }
  }, [guidelines])
  return markdown
}
