import type { RelationLayer } from '../../../../src-main/core/review/compare-relations'
import type { Relation } from '../../../../src-main/core/relations/relation'
import type { Span } from '../../../../src-main/core/spans/span'
import { on } from './review-fixture'

export const minister = (id = 'minister'): Span => on('The minister', 'actor', id)
export const pledge = (id = 'pledge'): Span => on('will expand visa checks', 'commitment', id)
export const arrivals = (id = 'arrivals'): Span => on('Arrivals rose 12%', 'statistic', id)

/** A relation of one layer; its id names the annotator so results show whose it is. */
export const link = (id: string, type: string, from: Span, to: Span): Relation => ({
  id,
  type,
  from: from.id,
  to: to.id,
  createdAt: '2026-01-01T00:00:00.000Z',
})

export const withRelations = (
  annotator: string,
  spans: readonly Span[],
  ...relations: Relation[]
): RelationLayer => ({ annotator, spans, relations })
