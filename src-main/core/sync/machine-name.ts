/** A layer's name is at most this long (it is a folder name; contract `annotatorSchema`). */
const MAX_LAYER_NAME = 64

/**
 * The host name as it may appear in a layer name: letters, digits, dot, dash and
 * underscore, lower case, at most 24 characters; `machine` when nothing is left.
 */
export function machineLabel(hostname: string): string {
  const cleaned = hostname
    .toLowerCase()
    .replace(/\.local$/u, '')
    .replace(/[^a-z0-9._-]+/gu, '-')
    .replace(/^[._-]+|[._-]+$/gu, '')
    .slice(0, 24)
    .replace(/[._-]+$/u, '')
  return cleaned === '' ? 'machine' : cleaned
}

/**
 * Where this machine's version of a layer goes when the same layer was also changed on
 * another machine: `<name>-conflict-<machine>` (the gold set, whose folder name starts
 * with `_`, becomes `gold-conflict-<machine>`, an ordinary layer review can compare).
 */
export function conflictLayerName(layer: string, machine: string): string {
  const suffix = `-conflict-${machine}`
  const name = layer.replace(/^_+/u, '')
  return `${name.slice(0, MAX_LAYER_NAME - suffix.length)}${suffix}`
}
