import { parseArgs } from 'node:util'

import { BACKUP_REASON_WORDS, type BackupInfo } from '../core/backups/backup-info'
import type { DocumentEntry } from '../core/project/project'
import { openAppState } from '../services/app-state'
import { backupsOf, restoreBackup } from '../services/backups/layer-backups'
import { asProjectWriter } from '../services/locks/command-writer'
import type { ProjectStore } from '../services/project/project-store'
import { EXIT_OK, type CliIo } from './cli-io'
import { annotatorOption, docsOption, inputError } from './cli-options'
import { pickBackup } from './pick-backup'
import { UsageError } from './usage'

/**
 * `gloss backups list <project> [--doc ID] [--annotator NAME]` and
 * `gloss backups restore <project> --doc ID [--at TIME] [--annotator NAME]`: the snapshots
 * of an annotator's files kept in the data dir, and writing one back (the version it
 * replaces is kept as a snapshot first). The annotator defaults to the remembered one;
 * `_gold` names the adjudicated set.
 */
export async function backupsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args
  const { positionals, values } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      doc: { type: 'string' },
      at: { type: 'string' },
      annotator: { type: 'string' },
    },
  })
  if (action !== 'list' && action !== 'restore') {
    throw new UsageError('gloss backups needs "list" or "restore".')
  }
  const [project, ...extra] = positionals
  if (project === undefined) throw new UsageError(`gloss backups ${action} needs a project folder.`)
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`)
  const docId = values.doc === undefined ? undefined : docsOption(values.doc)?.[0]
  const appState = await openAppState()
  const layer =
    values.annotator === undefined
      ? appState.annotator()
      : values.annotator === '_gold'
        ? '_gold'
        : annotatorOption(values.annotator)
  // A restore writes the layer: held from that write until the command ends, like an import.
  return asProjectWriter(project, false, (store) =>
    listOrRestore(store, { action, docId, layer, at: values.at, dataDir: appState.dataDir }, io),
  )
}

async function listOrRestore(
  store: ProjectStore,
  asked: {
    readonly action: 'list' | 'restore'
    readonly docId: string | undefined
    readonly layer: string
    readonly at: string | undefined
    readonly dataDir: string
  },
  io: CliIo,
): Promise<number> {
  const { action, docId, layer, dataDir } = asked
  const values = { at: asked.at }
  const backups = backupsOf(dataDir, store)
  const { documents } = await store.readIndex()

  if (action === 'list') {
    if (values.at !== undefined) throw new UsageError('--at only applies to restore.')
    const chosen = docId === undefined ? documents : [await store.findDocument(docId)]
    let listed = 0
    for (const entry of chosen) {
      const found = await backups.list(layer, entry)
      if (found.length === 0) continue
      listed += found.length
      io.stdout(`${entry.id}  ${entry.title}`)
      for (const backup of found) io.stdout(`  ${backupLine(backup)}`)
    }
    if (listed === 0) io.stdout(`No backups of ${layer}'s files in ${store.paths.root}.`)
    return EXIT_OK
  }

  if (docId === undefined) throw new UsageError('gloss backups restore needs --doc ID.')
  const entry: DocumentEntry = await store.findDocument(docId)
  const backup = pickBackup(await backups.list(layer, entry), values.at)
  if (backup === null) {
    throw inputError(
      `There is no backup of document ${docId} for ${layer}${values.at === undefined ? '' : ` taken at or before ${values.at}`}.`,
      'List them with gloss backups list <project> --doc ID.',
    )
  }
  const { replaced } = await restoreBackup(backups, store, layer, docId, backup.id)
  io.stdout(
    `Restored ${docId} for ${layer} from the backup of ${backup.takenAt}: ${spans(backup)}.`,
  )
  if (replaced !== null) {
    io.stdout(`The version it replaced is backup ${replaced.id}: restore that to undo.`)
  }
  return EXIT_OK
}

const spans = (backup: BackupInfo): string =>
  `${backup.spanCount} span${backup.spanCount === 1 ? '' : 's'}, ${backup.status}`

const backupLine = (backup: BackupInfo): string =>
  `${backup.id}  ${spans(backup)}  (${BACKUP_REASON_WORDS[backup.reason]})`
