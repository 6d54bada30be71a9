import { useRef } from 'react'

import type { PickedAnnotationFiles } from '../state/commands/annotation-import'
import { useAppState, useCommands } from '../state/use-store'
import { isBratPath } from './annotation-formats'
import { describePicked } from './import-wording'
import { fileToUpload } from './read-files'

interface AnnotationFilePickerProps {
  readonly folder: boolean
  readonly accept: string
  readonly picked: PickedAnnotationFiles | null
  readonly onPick: (picked: PickedAnnotationFiles) => void
  readonly disabled: boolean
}

const baseName = (path: string) =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)

const namesOf = (picked: PickedAnnotationFiles): string[] =>
  picked.kind === 'paths' ? picked.paths.map(baseName) : picked.sources.map((source) => source.name)

/**
 * "Choose files…" (or "Choose folder…" for brat): a native dialog in Electron, a file input in
 * the browser. The chosen names are shown so the analyst sees what will be read.
 */
export function AnnotationFilePicker({
  folder,
  accept,
  picked,
  onPick,
  disabled,
}: AnnotationFilePickerProps) {
  const host = useAppState((state) => state.session?.host)
  const { annotationImports } = useCommands()
  const input = useRef<HTMLInputElement | null>(null)

  const choose = async () => {
    if (host !== 'electron') {
      input.current?.click()
      return
    }
    const paths = await annotationImports.pickAnnotationPaths(folder)
    if (paths) onPick({ kind: 'paths', paths })
  }

  const take = (element: HTMLInputElement) => {
    const files = [...(element.files ?? [])]
    element.value = ''
    const sources = folder
      ? files
          .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
          .filter(({ path }) => isBratPath(path))
          .map(({ file, path }) => fileToUpload(file, path))
      : files.map((file) => fileToUpload(file))
    onPick({ kind: 'uploads', sources })
  }

  const names = picked ? namesOf(picked) : []
  return (
    <div className="field">
      <span className="field-label">{folder ? 'Folder' : 'Files'}</span>
      <div className="picker-row">
        <button type="button" disabled={disabled} onClick={() => void choose()}>
          {folder ? 'Choose folder…' : 'Choose files…'}
        </button>
        <span className="picked-names" data-testid="picked-files" title={names.join('\n')}>
          {picked && names.length === 0
            ? 'No .txt, .ann or .conf files in that folder'
            : describePicked(names)}
        </span>
      </div>
      {host !== 'electron' && (
        <input
          key={folder ? 'folder' : 'files'}
          ref={(element) => {
            input.current = element
            if (folder) element?.setAttribute('webkitdirectory', '')
          }}
          type="file"
          multiple
          accept={folder ? undefined : accept}
          hidden
          data-testid="annotation-files-input"
          onChange={(event) => take(event.currentTarget)}
        />
      )}
    </div>
  )
}
