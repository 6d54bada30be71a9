import type { BenchApi, BenchSpan } from '../page/bench-api'

// The way many annotation front ends draw highlights: the whole text in the DOM, each span a
// <mark> around its characters (nested where spans overlap), a paragraph redrawn when a span
// in it changes. Written for the comparison in `npm run bench`; not part of Gloss.
const COLORS: Readonly<Record<string, string>> = {
  Commitment: '#2f7ed8',
  Statistic: '#e08a00',
  Claim: '#c2379b',
}

const root = document.getElementById('text') as HTMLElement
let text = ''
let spans: BenchSpan[] = []
interface Line {
  readonly start: number
  readonly end: number
  readonly element: HTMLParagraphElement
  /** The spans reaching into the line. */
  readonly spans: BenchSpan[]
}
let lines: Line[] = []

/** Files the span under every line it reaches; returns those lines. */
function fileSpan(span: BenchSpan): Line[] {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((lines[mid] as Line).start <= span.start) low = mid
    else high = mid - 1
  }
  const touched: Line[] = []
  for (let i = low; i < lines.length && (lines[i] as Line).start < span.end; i++) {
    ;(lines[i] as Line).spans.push(span)
    touched.push(lines[i] as Line)
  }
  return touched
}

const twoFrames = (): Promise<number> =>
  new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now()))),
  )

function drawLine(line: Line): void {
  const inside = line.spans
  const cuts = new Set([line.start, line.end])
  for (const span of inside) {
    cuts.add(Math.max(span.start, line.start))
    cuts.add(Math.min(span.end, line.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const parts: Node[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number
    const to = points[i + 1] as number
    let node: Node = document.createTextNode(text.slice(from, to))
    const covering = inside
      .filter((span) => span.start <= from && span.end >= to)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
    for (const span of covering) {
      const mark = document.createElement('mark')
      mark.dataset.spanId = span.id
      mark.style.setProperty('--c', COLORS[span.label] ?? '#8a8f98')
      mark.append(node)
      node = mark
    }
    parts.push(node)
  }
  line.element.replaceChildren(...parts)
}

function offsetOf(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement
  const paragraph = element?.closest('p')
  const line = lines.find((candidate) => candidate.element === paragraph)
  if (!line || !paragraph) return null
  const range = document.createRange()
  range.setStart(paragraph, 0)
  range.setEnd(node, offset)
  return line.start + range.toString().length
}

let mouseLabel: string | null = null
let mouseAdded: Promise<number> | null = null
root.addEventListener('mouseup', () => {
  const selection = document.getSelection()
  if (mouseLabel === null || !selection || selection.isCollapsed) return
  const range = selection.getRangeAt(0)
  const start = offsetOf(range.startContainer, range.startOffset)
  const end = offsetOf(range.endContainer, range.endOffset)
  if (start === null || end === null || end <= start) return
  const label = mouseLabel
  mouseLabel = null
  mouseAdded = api
    .addSpan({ id: `mouse-${start}`, start, end, label })
    .then(() => performance.now())
})

const api: BenchApi = {
  name: 'plain <mark> elements',
  version: '1',
  supportsOverlap: true,
  async load(nextText, nextSpans) {
    text = nextText
    spans = [...nextSpans]
    lines = []
    const fragment = document.createDocumentFragment()
    for (let start = 0; start < text.length;) {
      const lineBreak = text.indexOf('\n', start)
      const end = lineBreak < 0 ? text.length : lineBreak + 1
      const element = document.createElement('p')
      lines.push({ start, end, element, spans: [] })
      fragment.append(element)
      start = end
    }
    for (const span of spans) fileSpan(span)
    for (const line of lines) drawLine(line)
    root.replaceChildren(fragment)
    await twoFrames()
  },
  async addSpan(span) {
    spans.push(span)
    for (const line of fileSpan(span)) drawLine(line)
    await twoFrames()
  },
  count: () => spans.length,
  visibleCount: () =>
    new Set([...root.querySelectorAll('mark')].map((mark) => mark.dataset.spanId)).size,
  scrollElement: () => root,
  textRoot: () => root,
  prepareMouseAdd(label) {
    mouseLabel = label
    mouseAdded = null
  },
  async waitMouseAdded() {
    while (mouseAdded === null) await twoFrames()
    return mouseAdded
  },
}
window.bench = api
