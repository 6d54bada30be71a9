const MAX_TITLE = 120
const HAS_WORD = /[\p{L}\p{N}]/u
// Markdown decorations around a heading or a first line: "# ", "## ", "> ", "* ", "**", "__".
const MARKDOWN_PREFIX = /^(?:#{1,6}\s+|>\s*|[*+-]\s+)+/u
const EMPHASIS = /^(\*\*|__|\*|_)(.+)\1$/u
const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/u
const FRONT_MATTER_TITLE = /^title:\s*(.+)$/mu

/**
 * A document's title: a Markdown front-matter `title:`, else the first line that has a letter
 * or digit in it (Markdown heading marks removed, whitespace collapsed, cut at a word near 120
 * characters), else the file name without its extension.
 */
export function titleFromText(text: string, fileName: string): string {
  const frontMatter = FRONT_MATTER.exec(text)
  const declared = frontMatter?.[1] && FRONT_MATTER_TITLE.exec(frontMatter[1])?.[1]
  if (declared) {
    const title = cleanLine(declared.replace(/^(["'])(.*)\1$/u, '$2'))
    if (HAS_WORD.test(title)) return shorten(title)
  }
  const body = frontMatter ? text.slice(frontMatter[0].length) : text
  for (const line of body.split('\n')) {
    const title = cleanLine(line)
    if (HAS_WORD.test(title)) return shorten(title)
  }
  return baseName(fileName)
}

function cleanLine(line: string): string {
  const collapsed = line.replace(/\s+/gu, ' ').trim().replace(MARKDOWN_PREFIX, '').trim()
  return collapsed
    .replace(EMPHASIS, '$2')
    .replace(/\s+#+$/u, '')
    .trim()
}

function shorten(title: string): string {
  const chars = Array.from(title)
  if (chars.length <= MAX_TITLE) return title
  const cut = chars.slice(0, MAX_TITLE).join('')
  const lastSpace = cut.lastIndexOf(' ')
  const kept = lastSpace > MAX_TITLE / 2 ? cut.slice(0, lastSpace) : cut
  return `${kept.replace(/[\s\p{P}]+$/u, '')}…`
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/u).pop() ?? fileName
  const dot = name.lastIndexOf('.')
  const stem = dot > 0 ? name.slice(0, dot) : name
  return stem.trim() === '' ? 'Untitled' : stem.trim()
}
