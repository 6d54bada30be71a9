import { BackupsDialog } from '../backups/backups-dialog'
import { RecoveredDialog } from '../backups/recovered-dialog'
import { ExportDialog } from '../export/export-dialog'
import { GuidelinesDialog } from '../guidelines/guidelines-dialog'
import { AnnotationImportDialog } from '../import/annotation-import-dialog'
import { AnnotationImportSummaryDialog } from '../import/annotation-import-summary-dialog'
import { ImportSummaryDialog } from '../import/import-summary-dialog'
import { MergeDialog } from '../merge/merge-dialog'
import { MergeSummaryDialog } from '../merge/merge-summary-dialog'
import { KeySheet } from '../keys/key-sheet'
import { ProjectDialog } from '../project/project-dialog'
import { SearchDialog } from '../search/search-dialog'
import { SettingsDialog } from '../settings/settings-dialog'
import { JoinTeamDialog } from '../sync/join-team-dialog'
import { SyncSummaryDialog } from '../sync/sync-summary-dialog'
import { TeamSyncDialog } from '../sync/team-sync-dialog'
import { useAppState } from '../state/use-store'

/** The one dialog open at a time, if any. */
export function Dialogs() {
  const dialog = useAppState((state) => state.dialog)
  if (!dialog) return null
  switch (dialog.kind) {
    case 'project':
      return <ProjectDialog purpose={dialog.purpose} />
    case 'import-summary':
      return <ImportSummaryDialog summary={dialog.summary} />
    case 'export':
      return <ExportDialog />
    case 'import-annotations':
      return <AnnotationImportDialog />
    case 'annotation-import-summary':
      return <AnnotationImportSummaryDialog summary={dialog.summary} />
    case 'settings':
      return <SettingsDialog />
    case 'guidelines':
      return <GuidelinesDialog />
    case 'merge':
      return <MergeDialog />
    case 'merge-summary':
      return <MergeSummaryDialog summary={dialog.summary} />
    case 'team-sync':
      return <TeamSyncDialog />
    case 'sync-summary':
      return <SyncSummaryDialog summary={dialog.summary} />
    case 'join-team':
      return <JoinTeamDialog />
    case 'backups':
      return <BackupsDialog docId={dialog.docId} />
    case 'recovered':
      return <RecoveredDialog files={dialog.files} />
    case 'search':
      return <SearchDialog />
    case 'keys':
      return <KeySheet />
  }
}
