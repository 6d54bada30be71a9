import type { CommentThread } from '@core/comments/comment'
import { countThreads } from '@core/comments/place-threads'
import { useMemo } from 'react'

import { CommentCount } from '../comments/comment-count'
import { FirstRunHints } from '../first-run/first-run-hints'
import { WelcomeScreen } from '../first-run/welcome-screen'
import { MOD, UndoRedoButtons } from '../components/undo-redo-buttons'
import { STATUS_NAMES } from '../documents/status'
import { VersionLink } from '../documents/version-link'
import { KeyHints } from '../keys/key-hints'
import { useImportPick } from '../import/import-pickers'
import type { OpenDoc } from '../state/app-state'
import { emptyHistory } from '../state/history'
import { useAppState, useCommands } from '../state/use-store'
import { DiskNotice } from './disk-notice'
import { FindBar } from './find-bar'
import { RelationBar } from './relation-bar'
import { SidePanel } from './side-panel'
import { TextView } from './text-view'
import { useAnnotateKeys } from './use-annotate-keys'

const NO_THREADS: readonly CommentThread[] = []

function DocumentHeader({ doc }: { readonly doc: OpenDoc }) {
  const { annotate, documents, goldCompare, backups, guidelines } = useCommands()
  const comparing = useAppState((state) => state.goldCompare.on)
  const history = useAppState((state) => state.histories[doc.entry.id] ?? emptyHistory)
  const threads = useAppState((state) => state.comments[doc.entry.id]) ?? NO_THREADS
  const comments = useMemo(() => countThreads(threads), [threads])
  const done = doc.status === 'done'
  return (
    <div className="doc-header">
      <h1 className="doc-heading" title={doc.entry.sourceName}>
        {doc.entry.title}
      </h1>
      <span className={`status-badge status-${doc.status}`} data-testid="doc-status">
        {STATUS_NAMES[doc.status]}
      </span>
      <span data-testid="doc-comments">
        <CommentCount open={comments.open} total={comments.total} />
      </span>
      <span className="spacer" />
      <button
        type="button"
        aria-pressed={comparing}
        className={comparing ? 'toggle on' : 'toggle'}
        onClick={() => void goldCompare.setCompare(!comparing)}
        title="Show where the adjudicated gold set differs from your spans"
      >
        Compare with gold
      </button>
      <button type="button" onClick={guidelines.open} title="Labels and the project guideline (G)">
        Guidelines
      </button>
      <button type="button" onClick={backups.openRestore} title="Earlier versions of your spans">
        Restore…
      </button>
      <UndoRedoButtons
        canUndo={history.undo.length > 0}
        canRedo={history.redo.length > 0}
        onUndo={annotate.undo}
        onRedo={annotate.redo}
      />
      <button
        type="button"
        className={done ? '' : 'primary'}
        onClick={() => void documents.toggleDone()}
        title={`${MOD}Enter`}
      >
        {done ? 'Reopen (in progress)' : 'Mark done'}
      </button>
    </div>
  )
}

function EmptyState() {
  const hasProject = useAppState((state) => state.session?.project != null)
  const count = useAppState((state) => state.documents.length)
  const loaded = useAppState((state) => state.session !== null)
  const pick = useImportPick()
  if (!loaded) return <div className="empty-state">Loading…</div>
  if (!hasProject) return <WelcomeScreen />
  if (count === 0) {
    return (
      <div className="empty-state">
        <h2>No documents yet</h2>
        <p>
          Import articles as .txt, .md, .html or .json/.jsonl files (File → Import or drop them
          here).
        </p>
        <div className="empty-actions">
          <button type="button" className="primary" onClick={() => pick('files')}>
            Import files…
          </button>
          <button type="button" onClick={() => pick('folder')}>
            Import folder…
          </button>
        </div>
      </div>
    )
  }
  return (
    <div className="empty-state">
      <p>Choose a document on the left.</p>
    </div>
  )
}

/** The middle and right of the window: the article and its spans. */
export function AnnotateView() {
  const doc = useAppState((state) => state.doc)
  useAnnotateKeys()
  if (!doc) return <EmptyState />
  return (
    <>
      <main className="annotate-main">
        <DocumentHeader doc={doc} />
        <DiskNotice docId={doc.entry.id} />
        <VersionLink docId={doc.entry.id} />
        <FindBar doc={doc} />
        <RelationBar doc={doc} />
        <TextView key={doc.entry.id} doc={doc} />
        <FirstRunHints doc={doc} />
        <KeyHints scope="annotate" />
      </main>
      <SidePanel doc={doc} />
    </>
  )
}
