/** The values typed as one comma-separated line ("Politics, Economy, "): trimmed, none empty. */
export const parseValueList = (line: string): string[] =>
  line
    .split(',')
    .map((value) => value.trim().normalize('NFC'))
    .filter((value) => value !== '')

/** The values as the editor shows them again. */
export const formatValueList = (values: readonly string[]): string => values.join(', ')
