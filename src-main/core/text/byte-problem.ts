/** The first byte a decoder could not read, counted from 0 as hex editors do. */
export interface BadByte {
  readonly badByte: number
}

/** Decoded text, or where decoding stopped: a decoder never replaces a byte with U+FFFD. */
export type Decoded = { readonly text: string } | BadByte

/** `0x93`: a byte as a hex editor shows it. */
export const hexByte = (byte: number): string =>
  `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
