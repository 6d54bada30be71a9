import type { ImportProblem, InputFile } from './dataset'
import { annotatorName } from './parse-annotator'
import { problemAt } from './parse-problems'

/** An `.ann` file with the `.txt` its offsets point into. */
export interface BratPair {
  readonly ann: InputFile
  readonly txt: InputFile
  /** `X` of `X.ann`: Gloss names the files after the document id. */
  readonly stem: string
  /** The subfolder the `.ann` sits in below the export's top folder, as an annotator name. */
  readonly annotator: string | undefined
}

export interface BratFolder {
  readonly pairs: readonly BratPair[]
  /** The top folder's `annotation.conf`, if given. */
  readonly conf: InputFile | undefined
  readonly problems: readonly ImportProblem[]
}

/**
 * Sorts a brat folder's files (names are paths relative to the folder the user chose, `/`
 * or `\` separated). The top folder is the one holding `annotation.conf` (else the folder all
 * files share). Each `X.ann` pairs with `X.txt` beside it, else one folder up; an `.ann` in a
 * subfolder of the top folder belongs to the annotator the subfolder is named after (Gloss
 * writes `lan/X.txt` + `lan/X.ann` when an export holds several annotators). Files that pair
 * with nothing, and files that are not brat's, are reported and left out; other `.conf`
 * files (`visual.conf`, `tools.conf`) are brat's display settings and quietly ignored.
 */
export function pairBratFiles(files: readonly InputFile[]): BratFolder {
  const byPath = new Map(files.map((file) => [pathOf(file.name), file]))
  const confPath = [...byPath.keys()]
    .filter((path) => baseName(path) === 'annotation.conf')
    .sort((a, b) => a.split('/').length - b.split('/').length)[0]
  const top = confPath === undefined ? commonFolder([...byPath.keys()]) : folderOf(confPath)

  const pairs: BratPair[] = []
  const problems: ImportProblem[] = []
  const paired = new Set<string>()
  for (const [path, ann] of byPath) {
    if (!path.endsWith('.ann')) continue
    const stem = baseName(path).slice(0, -'.ann'.length)
    const folder = folderOf(path)
    const txtPath = [
      joinPath(folder, `${stem}.txt`),
      joinPath(folderOf(folder), `${stem}.txt`),
    ].find((candidate) => byPath.has(candidate))
    if (txtPath === undefined) {
      const detail = `no ${stem}.txt beside it or one folder up; skipped`
      problems.push(problemAt(ann.name, undefined, undefined, detail))
      continue
    }
    paired.add(txtPath)
    const annotator = folder === top ? undefined : annotatorName(baseName(folder))
    pairs.push({ ann, txt: byPath.get(txtPath) as InputFile, stem, annotator })
  }
  for (const [path, file] of byPath) {
    if (path.endsWith('.ann') || path.endsWith('.conf') || paired.has(path)) continue
    const detail = path.endsWith('.txt')
      ? 'has no .ann file, so it carries no annotations; skipped'
      : 'is not a brat file (.txt, .ann or annotation.conf); skipped'
    problems.push(problemAt(file.name, undefined, undefined, detail))
  }
  const conf = confPath === undefined ? undefined : byPath.get(confPath)
  return { pairs, conf, problems }
}

function pathOf(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\.\//, '')
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash)
}

function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`
}

function commonFolder(paths: readonly string[]): string {
  const folders = paths.map((path) => folderOf(path).split('/'))
  const first = folders[0] ?? []
  let length = 0
  while (length < first.length && folders.every((parts) => parts[length] === first[length])) {
    length += 1
  }
  return first.slice(0, length).join('/')
}
