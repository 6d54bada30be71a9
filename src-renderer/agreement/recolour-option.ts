/**
 * `value` with every colour string found in `colours` swapped for its counterpart, however
 * deep in the option it sits (ECharts draws SVG, which does not read the page's CSS colours).
 * Functions (formatters) and other values are kept as they are.
 */
export function recolourOption<T>(value: T, colours: Readonly<Record<string, string>>): T {
  if (typeof value === 'string') return (colours[value] ?? value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => recolourOption(item, colours)) as T
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, recolourOption(item, colours)])
    return Object.fromEntries(entries) as T
  }
  return value
}
