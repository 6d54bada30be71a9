import { parseArgs } from 'node:util'

import { annotatorSchema } from '../contract/schemas'

export const WEB_USAGE =
  'Usage: npm run web -- [<project-folder>] [--annotator NAME] [--port N]\n' +
  '  <project-folder>  the project to open (created if missing); default: the last project\n' +
  '                    (none on the first run: the page shows its welcome screen)\n' +
  '  --annotator NAME  whose annotations to show and write (default: the remembered name)\n' +
  '  --port N          the port on 127.0.0.1 (default 0: a free port)'

export interface WebArgs {
  readonly folder?: string
  readonly annotator?: string
  readonly port: number
  readonly help: boolean
}

export type ParsedWebArgs =
  { readonly ok: true; readonly args: WebArgs } | { readonly ok: false; readonly message: string }

/** Reads the browser host's command line; every mistake comes back as a sentence, not a throw. */
export function parseWebArgs(argv: readonly string[]): ParsedWebArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        annotator: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  const { values, positionals } = parsed
  if (positionals.length > 1) {
    return { ok: false, message: `Expected one project folder, got ${positionals.length}.` }
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65_535) {
    return {
      ok: false,
      message: `--port must be a whole number from 0 to 65535, not "${values.port}".`,
    }
  }
  if (values.annotator !== undefined) {
    const checked = annotatorSchema.safeParse(values.annotator)
    if (!checked.success) {
      const why = checked.error.issues[0]?.message ?? 'not a valid name'
      return { ok: false, message: `--annotator "${values.annotator}": ${why}.` }
    }
  }
  return {
    ok: true,
    args: {
      ...(positionals[0] !== undefined && { folder: positionals[0] }),
      ...(values.annotator !== undefined && { annotator: values.annotator.trim() }),
      port,
      help: values.help === true,
    },
  }
}
