import { withRelationsOfDeleted } from '../relations/cascade'
import type { GoldEdit, GoldState } from './gold-edit'

/** The gold edit with the gold relations of every gold span it deletes deleted in the same step. */
export const withGoldRelationsOfDeleted = (
  edit: GoldEdit,
  gold: GoldState | undefined,
): GoldEdit => {
  const spans = withRelationsOfDeleted(edit.spans, gold?.relations ?? [])
  return spans === edit.spans ? edit : { ...edit, spans }
}
