import { z } from 'zod'

import { KEPT_UNDO_STEPS } from '../core/spans/undo-history'
import { changeSetSchema } from './schemas'

/** A `spansFingerprint` of the spans an undo history belongs to. */
export const spansFingerprintSchema = z.string().regex(/^\d{1,9}-[0-9a-f]{14}$/, 'a fingerprint')

/** One document's undo or redo stack as it is kept between runs. */
export const undoStackSchema = z.array(changeSetSchema).max(KEPT_UNDO_STEPS)
