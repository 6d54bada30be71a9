import type { Relation } from '../../../../src-main/core/relations/relation'

/** A relation with a fixed timestamp so tests compare exact objects. */
export const makeRelation = (
  id: string,
  from: string,
  to: string,
  type = 'supports',
): Relation => ({
  id,
  type,
  from,
  to,
  createdAt: '2024-05-02T10:00:00.000Z',
})
