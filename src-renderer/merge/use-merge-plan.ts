import { useEffect, useRef, useState } from 'react'

import type { MergeLayer, MergeSummary } from '@core/project/merge-summary'

import { annotatorProblem } from '../settings/label-rules'
import type { MergeRenames } from '../state/commands/merge'
import { useCommands } from '../state/use-store'

// Re-planning reads their whole folder: wait until the typing pauses.
const REPLAN_DELAY_MS = 300

export interface MergePlan {
  /** The folder the plan is for; `null` before the first preview. */
  readonly path: string | null
  /** What the merge would do with the names as they stand (once `checking` is over). */
  readonly plan: MergeSummary | null
  /** Their layers that clash with ours under their own names. */
  readonly clashes: readonly MergeLayer[]
  /** The name typed for each clashing layer ('' leaves it out). */
  readonly names: Readonly<Record<string, string>>
  /** Why a typed name cannot be used, by layer. */
  readonly problems: Readonly<Record<string, string>>
  /** A plan for the names as typed is on its way. */
  readonly checking: boolean
  /** The renames to merge with: the names typed, empty ones left out. */
  readonly renames: MergeRenames
  preview(path: string): Promise<void>
  rename(layer: string, name: string): void
  reset(): void
}

const typed = (names: Readonly<Record<string, string>>): MergeRenames =>
  Object.fromEntries(
    Object.entries(names)
      .map(([layer, name]) => [layer, name.trim()] as const)
      .filter(([, name]) => name !== ''),
  )

/**
 * The plan step of the merge dialog: plans the folder, proposes the suggested name for each
 * clashing layer and plans again with them, then re-plans whenever a typed name changes.
 */
export function useMergePlan(): MergePlan {
  const { merges } = useCommands()
  const [path, setPath] = useState<string | null>(null)
  const [plan, setPlan] = useState<MergeSummary | null>(null)
  const [clashes, setClashes] = useState<readonly MergeLayer[]>([])
  const [names, setNames] = useState<Readonly<Record<string, string>>>({})
  const [checking, setChecking] = useState(false)
  // Only the newest request may set the plan: answers can come back out of order.
  const latest = useRef(0)

  const problems: Record<string, string> = {}
  for (const [layer, name] of Object.entries(names)) {
    const problem = name.trim() === '' ? null : annotatorProblem(name)
    if (problem !== null) problems[layer] = problem
  }
  const valid = Object.keys(problems).length === 0
  const renames = typed(names)
  const renamesKey = JSON.stringify(renames)

  useEffect(() => {
    if (path === null || !checking || !valid) return
    const request = ++latest.current
    const timer = setTimeout(() => {
      void merges.planMerge(path, JSON.parse(renamesKey) as MergeRenames).then((next) => {
        if (request !== latest.current) return
        if (next) setPlan(next)
        setChecking(false)
      })
    }, REPLAN_DELAY_MS)
    return () => clearTimeout(timer)
  }, [merges, path, checking, valid, renamesKey])

  return {
    path,
    plan,
    clashes,
    names,
    problems,
    checking,
    renames,
    async preview(folder) {
      const request = ++latest.current
      setChecking(true)
      const first = await merges.planMerge(folder, {})
      const clashing = first?.layers.filter((layer) => layer.state === 'clash') ?? []
      const suggested = Object.fromEntries(
        clashing.map((layer) => [layer.name, layer.suggestedName ?? ''] as const),
      )
      const proposed =
        first && clashing.length > 0 ? await merges.planMerge(folder, typed(suggested)) : first
      if (request !== latest.current) return
      setChecking(false)
      if (!proposed) return
      setPath(folder)
      setClashes(clashing)
      setNames(suggested)
      setPlan(proposed)
    },
    rename(layer, name) {
      setNames((current) => ({ ...current, [layer]: name }))
      setChecking(true)
    },
    reset() {
      latest.current++
      setPath(null)
      setPlan(null)
      setClashes([])
      setNames({})
      setChecking(false)
    },
  }
}
