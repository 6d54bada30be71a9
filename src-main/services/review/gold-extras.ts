import type { GoldState } from '../../core/review/gold-edit'
import type { AnnotationFile } from '../../core/spans/span'

/** The gold file with the document labels and relations gold holds (each absent when none). */
export const withGoldExtras = (file: AnnotationFile, gold: GoldState): AnnotationFile => ({
  ...file,
  ...(gold.docLabels && { docLabels: gold.docLabels }),
  ...(gold.relations && { relations: gold.relations }),
})
