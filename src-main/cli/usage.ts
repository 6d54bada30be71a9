export const USAGE = [
  'Usage:',
  '  gloss import <project> <files-or-folders...>',
  '      Imports .txt and .md articles (folders recursively) into the project folder,',
  '      creating the project when it does not exist.',
  '  gloss export <project> --format jsonl --out <file> [--source me|all] [--annotator NAME]',
  "      Writes the project's dataset. --source all (default): every annotator's spans;",
  "      --source me: one annotator's (--annotator, default the remembered or OS user name).",
  '  gloss --help',
  '',
  'Exit codes: 0 ok, 1 usage error, 2 input error (missing project, unreadable file, ...).',
].join('\n')

/** A mistake in how the command was typed: exit code 1 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
