import { z } from 'zod'

import {
  ATTRIBUTE_NAME,
  CHOICE_VALUE,
  MAX_ATTRIBUTE_NAME,
  MAX_ATTRIBUTES,
  MAX_CHOICE_VALUE,
  MAX_CHOICES,
} from '../core/labels/attribute-definition'

const nameSchema = z
  .string()
  .min(1)
  .max(MAX_ATTRIBUTE_NAME)
  .regex(ATTRIBUTE_NAME, 'letters, digits, "_" or "-"')

const choiceSchema = z
  .object({
    name: nameSchema,
    kind: z.literal('choice'),
    values: z
      .array(z.string().trim().min(1).max(MAX_CHOICE_VALUE).regex(CHOICE_VALUE, 'no | ; or ,'))
      .min(2, 'a choice needs at least two values')
      .max(MAX_CHOICES)
      .refine((values) => new Set(values).size === values.length, 'each value once')
      .readonly(),
  })
  .strict()

const plainSchema = z.object({ name: nameSchema, kind: z.enum(['text', 'yes-no']) }).strict()

/** A label's attribute definitions (core/labels/attribute-definition.ts), each name once. */
export const attributeDefinitionsSchema = z
  .array(z.discriminatedUnion('kind', [choiceSchema, plainSchema]))
  .max(MAX_ATTRIBUTES)
  .refine(
    (definitions) => new Set(definitions.map((item) => item.name)).size === definitions.length,
    'each attribute name once',
  )
  .readonly()
