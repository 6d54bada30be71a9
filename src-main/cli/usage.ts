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
  '  gloss adjudicate <project> --majority [--annotators a,b,c] [--docs id,id]',
  '                   [--reviewer NAME]',
  '      Automatic first pass of review: every (start, end, label) shared by more than half',
  '      of the chosen annotators (default: all) who have a document goes into its gold set.',
  "      A reviewer's earlier decisions are kept; prints what is left for a person.",
  '  gloss merge <project> <other-project-folder> [--as NAME | --as old=new ...] [--dry-run]',
  "      Merges a colleague's project folder (only read): their annotations/<name>/ layers",
  '      and the documents this project lacks. Nothing here is changed. A layer whose files',
  '      differ from ours of that name is a clash and is not merged: --as NAME merges the one',
  '      clashing layer (or their only layer) under NAME; --as old=new, repeatable, renames',
  '      any layer. Their _gold is not merged. --dry-run prints the plan and writes nothing.',
  '  gloss --help',
  '',
  'Exit codes: 0 ok, 1 usage error, 2 input error (missing project, unreadable file,',
  'something refused or skipped, ...).',
].join('\n')

/** A mistake in how the command was typed: exit code 1 with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
