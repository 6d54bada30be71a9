/** How an annotator is told apart in review: initials and a colour of their own. */
export interface AnnotatorBadge {
  readonly initials: string
  readonly color: string
}

// Distinct from the default label colours, and from each other for the usual 2–6 people.
const COLORS = ['#0f766e', '#7c3aed', '#b45309', '#be123c', '#1d4ed8', '#4d7c0f', '#a21caf']

/** The gold layer's badge. */
export const GOLD_BADGE: AnnotatorBadge = { initials: 'G', color: '#1d2127' }

const lettersOf = (name: string): string[] =>
  Array.from(name.normalize('NFC')).filter((ch) => /[\p{L}\p{N}]/u.test(ch))

/**
 * Badges for the annotators under review, in their order: the first two letters of each
 * name (upper case), longer where two names would share them, and a colour by position.
 */
export function annotatorBadges(names: readonly string[]): ReadonlyMap<string, AnnotatorBadge> {
  const badges = new Map<string, AnnotatorBadge>()
  const taken = new Set<string>()
  names.forEach((name, index) => {
    const letters = lettersOf(name)
    let length = Math.min(2, letters.length)
    let initials = letters.slice(0, length).join('').toUpperCase()
    while (taken.has(initials) && length < letters.length) {
      length++
      initials = letters.slice(0, length).join('').toUpperCase()
    }
    if (initials === '' || taken.has(initials)) initials = `${initials}${index + 1}`
    taken.add(initials)
    badges.set(name, { initials, color: COLORS[index % COLORS.length] as string })
  })
  return badges
}
