/**
 * A process's start time from its `/proc/<pid>/stat` line (Linux, proc(5)): field 22,
 * `starttime`, in clock ticks since boot; `null` when the text is not such a line.
 * Field 2 is the command name in parentheses, and it may hold spaces and `)` itself
 * (`prctl(PR_SET_NAME)` takes any bytes), so the fields after it are counted from the
 * last `)` in the line, never by splitting the whole line on spaces.
 */
export function startTicksFromStat(stat: string): number | null {
  const open = stat.indexOf('(')
  const close = stat.lastIndexOf(')')
  if (open < 0 || close < open) return null
  // After the name: field 3 (state) onwards, so field 22 is the 20th of these.
  const field = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/u)[22 - 3]
  return field !== undefined && /^\d+$/u.test(field) ? Number(field) : null
}
