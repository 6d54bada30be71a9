import type { AgreementInput } from '../../core/agreement/agreement-input'
import type { AgreementOverview } from '../../core/agreement/agreement-overview'
import type { AgreementReport } from '../../core/agreement/agreement-report'
import {
  computeAgreement,
  computeAgreementByDocument,
} from '../../core/agreement/compute-agreement'
import type { DocLabelCategory } from '../../core/doc-labels/doc-label'
import type { ProjectStore } from '../project/project-store'
import type { Work } from '../work/work-register'
import { annotatorLabelCounts } from './annotator-label-counts'
import { annotatorProgress } from './annotator-progress'
import { docLabelFigures } from './doc-label-figures'
import { chooseAnnotators } from './choose-annotators'
import { readAgreementDocuments, type ReadDocument } from './read-agreement-input'

/** Whose annotations on which documents to compare; each defaults to all. */
export interface AgreementChoice {
  readonly annotators?: readonly string[]
  readonly docs?: readonly string[]
  /** Counts the documents read and cancels between them (the agreement view's Cancel). */
  readonly work?: Work
}

/**
 * The agreement report (`gloss agree`) of the chosen annotators on the chosen documents,
 * read fresh from the project. Unknown annotators or documents are `invalid-input`.
 */
export async function agreementReport(
  store: ProjectStore,
  choice: AgreementChoice,
): Promise<AgreementReport> {
  const { read, input, categories } = await readChoice(store, choice)
  return { ...computeAgreement(input), ...docLabelFigures(categories, input.annotators, read) }
}

/**
 * What the agreement view shows: the report, each document's own figures and each chosen
 * annotator's progress, plus every annotator there is to choose from.
 */
export async function agreementOverview(
  store: ProjectStore,
  choice: AgreementChoice,
): Promise<AgreementOverview> {
  const { available, read, input, categories } = await readChoice(store, choice)
  choice.work?.check()
  const computed = computeAgreementByDocument(input)
  return {
    available,
    report: { ...computed.report, ...docLabelFigures(categories, input.annotators, read) },
    documents: computed.documents.map((row, k) => ({
      ...row,
      title: read[k]?.entry.title ?? row.docId,
    })),
    progress: annotatorProgress(input.annotators, read),
    labelsByAnnotator: annotatorLabelCounts(input.annotators, read),
  }
}

async function readChoice(
  store: ProjectStore,
  choice: AgreementChoice,
): Promise<{
  available: string[]
  read: ReadDocument[]
  input: AgreementInput
  categories: readonly DocLabelCategory[]
}> {
  const { chosen, available } = await chooseAnnotators(store, choice.annotators)
  const [project, read] = await Promise.all([
    store.readProject(),
    readAgreementDocuments(store, chosen, choice.docs, choice.work),
  ])
  return {
    available,
    read,
    categories: project.docLabels ?? [],
    input: {
      annotators: chosen,
      labels: project.labels,
      documents: read.map((document) => document.document),
    },
  }
}
