import type { ImportProblem, ParsedRelation } from './dataset'
import type { BratRelation } from './parse-brat-ann'
import { problemAt } from './parse-problems'

/**
 * The `.ann` file's `R` lines as relations between its read spans (`spanAt`: a `T` id → its
 * index in the document's spans). A relation to a `T` that was not read or does not exist is
 * reported and skipped.
 */
export function bratRelations(
  relations: readonly BratRelation[],
  spanAt: ReadonlyMap<string, number>,
  textBoundIds: ReadonlySet<string>,
  file: string,
  problems: ImportProblem[],
): ParsedRelation[] {
  const read: ParsedRelation[] = []
  for (const relation of relations) {
    const where = `line ${relation.line}, ${relation.id}`
    const missing = [relation.from, relation.to].find((id) => !spanAt.has(id))
    if (missing !== undefined) {
      const why = textBoundIds.has(missing)
        ? `its span ${missing} was skipped, so the relation is skipped too`
        : `${missing} is not a text-bound (T) annotation in this file; skipped`
      problems.push(problemAt(file, where, relation.line, why))
      continue
    }
    read.push({
      type: relation.type,
      from: spanAt.get(relation.from) as number,
      to: spanAt.get(relation.to) as number,
      where,
    })
  }
  return read
}
