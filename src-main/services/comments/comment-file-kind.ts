import { z } from 'zod'

import { commentTargetSchema, threadIdSchema } from '../../contract/comment-schemas'
import { annotatorSchema, docIdSchema } from '../../contract/schemas'
import type { CommentFile } from '../../core/comments/comment'
import type { JsonKind } from '../storage/json-kind'

const entryId = z.string().min(1).max(64)
const stamp = z.string().min(1)

// Strict: a field this Gloss does not know would be dropped by the next save, so such a file
// is refused (and left alone) instead.
const entrySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('thread'),
      id: threadIdSchema,
      target: commentTargetSchema,
      createdAt: stamp,
    })
    .strict(),
  z
    .object({
      kind: z.literal('comment'),
      id: entryId,
      threadId: threadIdSchema,
      text: z.string().min(1).max(10_000),
      createdAt: stamp,
    })
    .strict(),
  z
    .object({
      kind: z.literal('resolution'),
      id: entryId,
      threadId: threadIdSchema,
      resolved: z.boolean(),
      createdAt: stamp,
    })
    .strict(),
])

const commentFileSchema = z
  .object({
    version: z.literal(1),
    docId: docIdSchema,
    author: annotatorSchema,
    entries: z.array(entrySchema),
    updatedAt: stamp,
  })
  .strict()

/** `comments/<author>/<docId>.json`: one person's comments on one document. */
export const COMMENT_FILE: JsonKind<CommentFile> = {
  what: 'comments file',
  version: 1,
  schema: commentFileSchema,
}
