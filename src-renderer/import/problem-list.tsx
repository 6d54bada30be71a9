import type { ImportProblem } from '@core/formats/dataset'

import { problemPlace } from './import-wording'

/** A titled list of things an annotation import says about places in its files. */
export function ProblemList({
  heading,
  label,
  problems,
}: {
  readonly heading: string
  readonly label: string
  readonly problems: readonly ImportProblem[]
}) {
  if (problems.length === 0) return null
  return (
    <section>
      <h3>
        {heading} ({problems.length.toLocaleString('en')})
      </h3>
      <ul className="outcome-list" aria-label={label}>
        {problems.map((problem, index) => (
          <li key={index}>
            <span className="outcome-file">{problemPlace(problem)}</span>
            <span className="outcome-reason">{problem.message}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
