import type { OffsetUnit } from '../text/offsets'
import { isOffsetUnit } from './parse-guards'
import { describeValue, unitName } from './parse-problems'

/**
 * The unit to read one document's offsets in. A file that states its unit (`offsetUnit` in
 * Gloss's JSONL and doccano exports, a comment in brat's `annotation.conf`) is believed over
 * the import's `asked` unit, because the services pass the format's default when the user
 * chose nothing and a default is only a guess. When the user did choose a unit other than
 * the default and the file says another, one of them is wrong and nobody can tell which: the
 * document is skipped with that reason (`problem`). Asking for the format's default explicitly
 * cannot be told apart from not asking, so it never conflicts.
 */
export function offsetUnitFor(
  stated: unknown,
  asked: OffsetUnit,
  formatDefault: OffsetUnit,
): { readonly unit: OffsetUnit } | { readonly problem: string } {
  if (stated === undefined || stated === null) return { unit: asked }
  if (!isOffsetUnit(stated)) {
    return {
      problem: `"offsetUnit" is ${describeValue(stated)}, not "codepoints", "utf16" or "bytes"`,
    }
  }
  if (stated !== asked && asked !== formatDefault) {
    return {
      problem: `the file says its offsets count ${unitName(stated)} but the import asked for ${unitName(asked)}; choose ${unitName(stated)} (or the default) to import it`,
    }
  }
  return { unit: stated }
}
