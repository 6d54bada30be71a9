const SHA256_HEX = /^[0-9a-f]{64}$/iu

/**
 * A document's id: the first 16 hex characters of the sha256 of its normalised text, so the
 * same article gets the same id on every machine (DESIGN.md §3). 64 bits keep accidental
 * collisions out of reach for any realistic corpus.
 */
export function docIdFromSha256(hex: string): string {
  if (!SHA256_HEX.test(hex)) {
    throw new RangeError(`Expected a sha256 digest as 64 hex characters, got "${hex}".`)
  }
  return hex.slice(0, 16).toLowerCase()
}
