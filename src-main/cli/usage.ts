export const USAGE = [
  'Usage:',
  '  gloss import <project> <files-or-folders...>',
  '      Imports articles into the project folder, creating the project when it does not',
  '      exist: .txt and .md as text, .html/.htm converted to text, .json/.jsonl corpora',
  '      (one article per object with a "text" field). Folders are read recursively.',
  '  gloss import <project> <files-or-folders...> --format F [--annotator NAME] [--offsets U]',
  '      Imports annotations (F: jsonl, doccano, brat, labelstudio, w3c) into an annotator',
  '      layer: --annotator, else the one the file names, else the remembered annotator.',
  "      Documents are matched by text and added when new; brat reads a folder's .txt/.ann.",
  '  gloss export <project> --format F --out PATH [--offsets codepoints|utf16|bytes]',
  '               [--source all|gold|me|<annotator>] [--status any|done] [--docs id,id]',
  '               [--csv-bom]',
  '      Writes the dataset. F: jsonl, doccano, spacy, conll, brat, labelstudio, w3c, csv.',
  '      brat writes into the folder PATH (new or empty); labelstudio writes PATH and its',
  '      labelling config beside it; the others write the file PATH. --source all (default):',
  "      every annotator's spans; me: the remembered annotator's (or --annotator NAME).",
  "      --status done: only documents marked done. Offsets default to the format's own unit.",
  '  gloss agree <project> [--annotators a,b,...] [--docs id,id] [--json]',
  "      Inter-annotator agreement: Krippendorff's alpha, pairwise Cohen's kappa and span F1",
  '      (strict and relaxed), per label, and a label confusion matrix (README, "Agreement").',
  '      --annotators: whose layers (default: everyone but gold; _gold names the gold set);',
  '      --json: the report as one JSON object. Undefined figures say why.',
  '  gloss --help',
  '',
  'Exit codes: 0 ok, 1 usage error, 2 input error (missing project, unreadable file,',
  'something refused or skipped, ...).',
].join('\n')

/** A mistake in how the command was typed: exit code 1 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
