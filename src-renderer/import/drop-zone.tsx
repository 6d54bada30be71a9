import { useEffect, useState } from 'react'

import { useAppState, useCommands } from '../state/use-store'
import { droppedUploads } from './dropped-files'

const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false

/** Files or folders dropped anywhere on the window are imported into the open project. */
export function DropZone() {
  const [over, setOver] = useState(false)
  const hasProject = useAppState((state) => state.session?.project != null)
  const { imports } = useCommands()

  useEffect(() => {
    if (!hasProject) return
    let depth = 0
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth++
      setOver(true)
    }
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const overWindow = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return
      event.preventDefault()
      depth = 0
      setOver(false)
      void droppedUploads(event.dataTransfer).then((uploads) => imports.importUploads(uploads))
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragleave', leave)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('drop', drop)
    }
  }, [hasProject, imports])

  if (!over) return null
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-message">
        Drop articles (.txt, .md, .html, .json, .jsonl) or folders to import them
      </div>
    </div>
  )
}
