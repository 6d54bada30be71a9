import { z } from 'zod'

import { MAX_TITLE_LENGTH, ONE_LINE, TITLE_PROBLEMS } from '../core/documents/title-rules'
import { fileNameProblem } from '../core/files/file-names'
import { ANNOTATION_IMPORT_FORMATS, EXPORT_FORMATS } from '../core/formats/dataset'
import { docLabelChangeSchema } from './doc-label-schemas'
import { attributeDefinitionsSchema } from './attribute-schemas'
import { relationChangesSchema } from './relation-schemas'

export const docIdSchema = z.string().regex(/^[0-9a-f]{8,64}$/, 'a document id')

// NFC first: macOS keyboards type decomposed accents, and the name becomes a folder name.
export const annotatorSchema = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash or underscore')
  .refine((name) => !name.startsWith('_') && !name.startsWith('.'), 'may not start with _ or .')
  // It becomes a folder name (annotations/<annotator>/): CON or `lan.` would break on Windows.
  .refine((name) => fileNameProblem(name) === null, {
    error: (issue) => `cannot be a folder name: ${fileNameProblem(String(issue.input))}`,
  })

const attributeValueSchema = z.union([z.string(), z.number(), z.boolean()])

const timestampSchema = z.string().min(1).max(64)

/** Who adjudicated a gold span (core/review/review-records.ts). */
export const spanReviewSchema = z
  .object({
    by: z.string().min(1).max(64),
    at: timestampSchema,
    method: z.enum(['accepted', 'edited', 'added', 'majority']),
    from: z.array(z.string().min(1).max(64)).max(100).readonly(),
    source: z.string().min(1).max(200).optional(),
  })
  .strict()

/** A reviewer's verdict on one annotator version (core/review/review-records.ts). */
export const reviewDecisionSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    label: z.string().min(1).max(64),
    verdict: z.enum(['accepted', 'rejected']),
    by: z.string().min(1).max(64),
    at: timestampSchema,
    method: z.enum(['manual', 'majority']),
  })
  .strict()

export const spanSchema = z
  .object({
    id: z.string().min(1).max(64),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    label: z.string().min(1).max(64),
    text: z.string(),
    note: z.string().max(10_000).optional(),
    attributes: z.record(z.string(), attributeValueSchema).optional(),
    review: spanReviewSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .refine((span) => span.end > span.start, 'a span must cover at least one character')

/** A document title the analyst typed: one line, trimmed, composed, not empty, not too long. */
export const documentTitleSchema = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1, TITLE_PROBLEMS.empty)
  .max(MAX_TITLE_LENGTH, TITLE_PROBLEMS.tooLong)
  .regex(ONE_LINE, TITLE_PROBLEMS.lines)

export const documentStatusSchema = z.enum(['todo', 'in-progress', 'done'])

export const labelSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(64),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #2f7ed8'),
  hotkey: z.string().regex(/^[1-9]?$/, 'a key from 1 to 9, or none'),
  description: z.string().max(500),
  attributes: attributeDefinitionsSchema.optional(),
})

export const changeSetSchema = z.object({
  created: z.array(spanSchema),
  updated: z.array(z.object({ old: spanSchema, new: spanSchema })),
  deleted: z.array(spanSchema),
  docLabels: z.array(docLabelChangeSchema).max(50).optional(),
  relations: relationChangesSchema.optional(),
})

export const exportFormatSchema = z.enum(EXPORT_FORMATS)

export const annotationImportFormatSchema = z.enum(ANNOTATION_IMPORT_FORMATS)

export const offsetUnitSchema = z.enum(['codepoints', 'utf16', 'bytes'])

/** Whose spans: mine, everyone's but gold, the adjudicated gold set, or one named annotator. */
export const exportSourceSchema = z.union([
  z.enum(['me', 'all', 'gold']),
  z.object({ annotator: annotatorSchema }).strict(),
])

export const uploadSchema = z
  .object({ name: z.string().min(1).max(1000), base64: z.string() })
  .strict()

/** One verdict set, changed or withdrawn, in a review edit (core/review/decisions.ts). */
export const decisionChangeSchema = z
  .object({
    key: z.string().min(1).max(200),
    old: reviewDecisionSchema.nullable(),
    new: reviewDecisionSchema.nullable(),
  })
  .strict()

/** One reviewer action on the gold layer (core/review/gold-edit.ts). */
export const goldEditSchema = z
  .object({ spans: changeSetSchema, decisions: z.array(decisionChangeSchema) })
  .strict()

/** The annotators under review; none given means every annotator of the project. */
export const reviewAnnotatorsSchema = z.array(annotatorSchema).max(50)
