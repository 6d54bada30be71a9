import { z } from 'zod'

import {
  documentStatusSchema,
  labelSchema,
  reviewDecisionSchema,
  spanSchema,
} from '../../contract/schemas'
import { docLabelCategoriesSchema, docLabelsSchema } from '../../contract/doc-label-schemas'
import { relationSchema, relationTypeSchema } from '../../contract/relation-schemas'
import type { DocumentIndexFile, ProjectFile } from '../../core/project/project'
import type { AnnotationFile } from '../../core/spans/span'
import type { JsonKind } from '../storage/json-kind'
import { ANNOTATION_EDITS, type AnnotationEdit } from './annotation-edits'

const projectFileSchema = z.object({
  version: z.literal(1),
  name: z.string().min(1),
  labels: z.array(labelSchema),
  relationTypes: z.array(relationTypeSchema).optional(),
  settings: z.object({ snapToWords: z.boolean() }),
  docLabels: docLabelCategoriesSchema.optional(),
})

const documentEntrySchema = z.object({
  id: z.string().regex(/^[0-9a-f]{8,64}$/),
  title: z.string(),
  sourceName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().nonnegative(),
  added: z.string(),
  replaces: z
    .string()
    .regex(/^[0-9a-f]{8,64}$/)
    .optional(),
})

const documentIndexSchema = z.object({
  version: z.literal(1),
  documents: z.array(documentEntrySchema),
})

const annotationFileSchema = z.object({
  version: z.literal(1),
  docId: z.string().min(1),
  annotator: z.string().min(1),
  status: documentStatusSchema,
  spans: z.array(spanSchema),
  docLabels: docLabelsSchema.optional(),
  relations: z.array(relationSchema).optional(),
  decisions: z.array(reviewDecisionSchema).optional(),
  compared: z.array(z.string()).optional(),
  updatedAt: z.string(),
})

export const PROJECT_FILE: JsonKind<ProjectFile> = {
  what: 'project file',
  version: 1,
  schema: projectFileSchema,
}

export const DOCUMENT_INDEX: JsonKind<DocumentIndexFile> = {
  what: 'document index',
  version: 1,
  schema: documentIndexSchema,
}

export const ANNOTATION_FILE: JsonKind<AnnotationFile, AnnotationEdit> = {
  what: 'annotations file',
  version: 1,
  schema: annotationFileSchema,
  edits: ANNOTATION_EDITS,
}
