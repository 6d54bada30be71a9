import { AgreementView } from '../agreement/agreement-view'
import { AnnotateView } from '../annotate/annotate-view'
import { ComfortEffects } from '../comfort/comfort-effects'
import { ErrorList } from '../components/error-list'
import { DocumentList } from '../documents/document-list'
import { DropZone } from '../import/drop-zone'
import { ImportPickersProvider } from '../import/import-pickers'
import { ImportProgress } from '../import/import-progress'
import { useAppKeys } from '../keys/app-keys'
import { ReviewView } from '../review/review-view'
import { useSearchKey } from '../search/use-search-key'
import { useAppState, useCommands } from '../state/use-store'
import { Dialogs } from './dialogs'
import { TopBar } from './top-bar'
import { VIEW_PANEL_ID, viewTabId } from './view-tabs'

export function App() {
  const hasProject = useAppState((state) => state.session?.project != null)
  const dialogOpen = useAppState((state) => state.dialog !== null)
  const view = useAppState((state) => (state.session?.project != null ? state.view : 'annotate'))
  const { review, ui } = useCommands()
  useSearchKey()
  useAppKeys()
  const openInReview = (docId: string) => {
    ui.showView('review')
    void review.openDocument(docId)
  }
  const openDisagreement = (docId: string, groupId: string, annotators: readonly string[]) => {
    ui.showView('review')
    void review.openAt(docId, groupId, annotators)
  }
  return (
    <ImportPickersProvider>
      <div className="app">
        <TopBar />
        {/* Behind a modal dialog the banner cannot be reached; the dialog shows it instead. */}
        {!dialogOpen && <ErrorList />}
        <ImportProgress />
        <div
          className={hasProject ? 'workspace' : 'workspace no-project'}
          {...(hasProject && {
            role: 'tabpanel',
            id: VIEW_PANEL_ID,
            'aria-labelledby': viewTabId(view),
          })}
        >
          {view === 'review' ? (
            <ReviewView />
          ) : (
            <>
              {hasProject && <DocumentList />}
              {view === 'agreement' ? (
                <AgreementView
                  onOpenDocument={openInReview}
                  onOpenDisagreement={openDisagreement}
                />
              ) : (
                <AnnotateView />
              )}
            </>
          )}
        </div>
      </div>
      <Dialogs />
      <DropZone />
      <ComfortEffects />
    </ImportPickersProvider>
  )
}
