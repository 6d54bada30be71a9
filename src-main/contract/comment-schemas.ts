import { z } from 'zod'

import { annotatorSchema } from './schemas'

/** Whose span a thread is on: an annotator, or the adjudicated `_gold` layer. */
const layerSchema = z.union([annotatorSchema, z.literal('_gold')])

const offsetsSchema = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1).max(100_000),
}

/** A span as the thread records it (its layer, id, offsets, label and text). */
export const spanTargetSchema = z
  .object({
    kind: z.literal('span'),
    annotator: layerSchema,
    spanId: z.string().min(1).max(64),
    ...offsetsSchema,
    label: z.string().min(1).max(64),
  })
  .strict()

/** A stretch of the text, e.g. a disagreement in review. */
export const rangeTargetSchema = z.object({ kind: z.literal('range'), ...offsetsSchema }).strict()

export const commentTargetSchema = z
  .discriminatedUnion('kind', [spanTargetSchema, rangeTargetSchema])
  .refine((target) => target.end > target.start, 'a comment must be on at least one character')

/** What someone writes: never empty, and short enough to read in a side panel. */
export const commentTextSchema = z
  .string()
  .trim()
  .min(1, 'a comment cannot be empty: write something first')
  .max(10_000, 'a comment can be at most 10,000 characters')

export const threadIdSchema = z.string().min(1).max(64)
