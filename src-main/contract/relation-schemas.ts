import { z } from 'zod'

import { MAX_RELATION_TYPES } from '../core/relations/relation-types'

/** A relation between two spans of one layer (core/relations/relation.ts). */
export const relationSchema = z
  .object({
    id: z.string().min(1).max(64),
    type: z.string().min(1).max(64),
    from: z.string().min(1).max(64),
    to: z.string().min(1).max(64),
    createdAt: z.string().min(1).max(64),
  })
  .strict()

/** The relations one edit makes and removes. */
export const relationChangesSchema = z
  .object({ created: z.array(relationSchema), deleted: z.array(relationSchema) })
  .strict()

/** A relation type in `gloss.json`. */
export const relationTypeSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(64),
  description: z.string().max(500).optional(),
})

/** The relation types `updateProject` saves (Settings): nothing but the known fields. */
export const relationTypesInputSchema = z
  .array(relationTypeSchema.strict())
  .max(MAX_RELATION_TYPES, `A project can have at most ${MAX_RELATION_TYPES} relation types`)
