import DiffMatchPatch from 'diff-match-patch'

/** One diff-match-patch engine, tuned for re-anchoring (see the settings' reasons). */
export function createDiffEngine(): DiffMatchPatch {
  const dmp = new DiffMatchPatch()
  // A 1M-character article with edits all over it still diffs in bounded time; past the
  // timeout the diff is valid, only less minimal, and the exact step still checks each span.
  dmp.Diff_Timeout = 2
  // A fuzzy match must be close: about a third of the pattern may differ (the default 0.5
  // places a span on a sentence that merely shares a few letters).
  dmp.Match_Threshold = 0.35
  // How far from where the diff puts a span a fuzzy match may be before it counts as an error.
  dmp.Match_Distance = 1_000
  return dmp
}
