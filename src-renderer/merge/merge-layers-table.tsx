import type { ReactNode } from 'react'

import type { MergeLayer } from '@core/project/merge-summary'
import { counted } from '@core/project/merge-wording'

const STATE_WORDS: Readonly<Record<MergeLayer['state'], string>> = {
  new: 'New layer',
  adding: 'Adds files',
  'already-here': 'Already here',
  clash: 'Clash',
}

function brought(layer: MergeLayer): string {
  if (layer.state === 'clash') {
    return `${counted(layer.filesDiffering, 'file differs', 'files differ')} from this project’s ${layer.as}: not merged`
  }
  if (layer.state === 'already-here') return `${counted(layer.filesAlreadyHere, 'file')}, identical`
  const parts = [
    counted(layer.filesAdded, 'file'),
    counted(layer.documents, 'document'),
    counted(layer.spans, 'span'),
  ]
  if (layer.filesAlreadyHere > 0) parts.push(`${layer.filesAlreadyHere} already here`)
  return parts.join(' · ')
}

interface MergeLayersTableProps {
  readonly layers: readonly MergeLayer[]
  /** The "merged as" cell; by default the layer's name here. */
  readonly renderAs?: (layer: MergeLayer) => ReactNode
}

/** Their layers: what each one is called here and what it brings. */
export function MergeLayersTable({ layers, renderAs }: MergeLayersTableProps) {
  if (layers.length === 0) {
    return <p className="field-help">Their project has no annotators’ layers.</p>
  }
  return (
    <table className="merge-layers" aria-label="Layers">
      <thead>
        <tr>
          <th scope="col">Their layer</th>
          <th scope="col">Merged here as</th>
          <th scope="col">What comes in</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((layer) => (
          <tr key={layer.name} data-state={layer.state}>
            <th scope="row" className="merge-layer-name">
              {layer.name}
            </th>
            <td>{renderAs ? renderAs(layer) : layer.as}</td>
            <td>
              <span className={`merge-state merge-state-${layer.state}`}>
                {STATE_WORDS[layer.state]}
              </span>{' '}
              <span className="merge-brought">{brought(layer)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
