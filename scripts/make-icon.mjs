// Draws resources/icon.png (512×512 RGBA): a navy rounded square with three lines of "text",
// the middle one under a yellow highlighter stroke. Plain Node + zlib, so anyone can redraw it:
//   node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const SAMPLES = 4 // 4×4 supersampling per pixel for smooth edges

const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16))
const NAVY = hex('#1f2d4d')
const PAPER = hex('#efe9dc')
const MARKER = hex('#ffc83d')

// Signed distances (negative inside) for the few shapes the icon needs.
const roundedSquare = (x, y, min, max, radius) => {
  const cx = (min + max) / 2
  const half = (max - min) / 2 - radius
  const dx = Math.max(Math.abs(x - cx) - half, 0)
  const dy = Math.max(Math.abs(y - cx) - half, 0)
  return Math.hypot(dx, dy) - radius
}
const capsule = (x, y, x1, x2, cy, radius, angle = 0) => {
  // Rotate the point around the capsule's centre instead of rotating the capsule.
  const mx = (x1 + x2) / 2
  const cos = Math.cos(-angle)
  const sin = Math.sin(-angle)
  const px = mx + (x - mx) * cos - (y - cy) * sin
  const py = cy + (x - mx) * sin + (y - cy) * cos
  const qx = Math.min(Math.max(px, x1), x2)
  return Math.hypot(px - qx, py - cy) - radius
}

const markerStroke = (x, y) => {
  // A slightly tilted box with softly rounded corners: a chisel-tip highlighter's mark.
  const angle = -0.045
  const [cx, cy] = [256, 258]
  const cos = Math.cos(-angle)
  const sin = Math.sin(-angle)
  const px = (x - cx) * cos - (y - cy) * sin
  const py = (x - cx) * sin + (y - cy) * cos
  const radius = 12
  const dx = Math.max(Math.abs(px) - (160 - radius), 0)
  const dy = Math.max(Math.abs(py) - (44 - radius), 0)
  return Math.hypot(dx, dy) - radius
}

// Lines of "text" as words: [row y, [start x, end x] per word].
const words = (cy, spans, colour) =>
  spans.map(([x1, x2]) => [(x, y) => capsule(x, y, x1, x2, cy, 14), colour, 1])

/** The layers from bottom to top: [distance function, colour, opacity]. */
const layers = [
  [(x, y) => roundedSquare(x, y, 24, 488, 104), NAVY, 1],
  ...words(
    160,
    [
      [124, 206],
      [254, 388],
    ],
    PAPER,
  ),
  [markerStroke, MARKER, 1],
  ...words(
    258,
    [
      [124, 180],
      [228, 388],
    ],
    NAVY,
  ),
  ...words(
    356,
    [
      [124, 244],
      [292, 318],
    ],
    PAPER,
  ),
]

function pixel(px, py) {
  let [r, g, b, a] = [0, 0, 0, 0]
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES
      const y = py + (sy + 0.5) / SAMPLES
      let [cr, cg, cb, ca] = [0, 0, 0, 0]
      for (const [distance, [lr, lg, lb], opacity] of layers) {
        if (distance(x, y) > 0) continue
        // "over" compositing in premultiplied form
        cr = lr * opacity + cr * (1 - opacity)
        cg = lg * opacity + cg * (1 - opacity)
        cb = lb * opacity + cb * (1 - opacity)
        ca = opacity + ca * (1 - opacity)
      }
      r += cr
      g += cg
      b += cb
      a += ca
    }
  }
  const n = SAMPLES * SAMPLES
  if (a === 0) return [0, 0, 0, 0]
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / n) * 255)]
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes) => {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), body.length + 4)
  return out
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1) // each row starts with filter type 0 (none)
  for (let x = 0; x < SIZE; x++) raw.set(pixel(x, y), row + 1 + x * 4)
}
const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header.set([8, 6, 0, 0, 0], 8) // 8 bits per channel, RGBA, deflate, no filter set, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
])
const target = new URL('../resources/icon.png', import.meta.url)
writeFileSync(target, png)
process.stderr.write(`wrote ${target.pathname} (${png.length} bytes)\n`)
