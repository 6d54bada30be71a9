import { z } from 'zod'

const valueSchema = z.string().trim().normalize('NFC').min(1).max(100)

/** A document label category in gloss.json and in `updateProject` (core/doc-labels). */
export const docLabelCategorySchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(64),
    values: z.array(valueSchema).min(1).max(50),
    description: z.string().max(500),
  })
  .strict()

export const docLabelCategoriesSchema = z.array(docLabelCategorySchema).max(20)

/** An annotator's document labels in an annotations file: category id → value. */
export const docLabelsSchema = z.record(z.string().min(1).max(64), z.string().min(1).max(100))

/** One category's value changed in a span change set (core/doc-labels/doc-label.ts). */
export const docLabelChangeSchema = z
  .object({
    category: z.string().min(1).max(64),
    old: z.string().min(1).max(100).nullable(),
    new: z.string().min(1).max(100).nullable(),
  })
  .strict()
