import { relationTypesOf } from '../../core/relations/relation-types'
import type { Handlers, ProjectSummary, Session } from '../../contract/endpoints'
import { GlossFailure } from '../../core/failure'
import { countLabelUsage, removeLabelSpans } from '../annotations/label-usage'
import { checkDocLabelCategories, withCategories } from '../project/doc-label-rules'
import { checkLabelSet } from '../project/label-rules'
import { checkRelationTypes, withRelationTypes } from '../project/relation-type-rules'
import type { ProjectStore } from '../project/project-store'
import type { SessionContext } from '../session/session-context'

type ProjectHandlers = Pick<
  Handlers,
  | 'getSession'
  | 'openProject'
  | 'pickProjectFolder'
  | 'setAnnotator'
  | 'updateProject'
  | 'countLabelUsage'
  | 'listAnnotators'
>

/** The session, the project folder and its label set. */
export function projectHandlers(session: SessionContext): ProjectHandlers {
  const getSession = async (): Promise<Session> => {
    const store = await session.projectIfOpen()
    return {
      annotator: session.annotator(),
      project: store === null ? null : await summariseProject(store),
      host: session.ports.host,
    }
  }

  return {
    getSession,
    async openProject({ path, create }) {
      return summariseProject(await session.openProject(path, create))
    },
    async pickProjectFolder({ purpose }) {
      const pickFolder = session.ports.pickFolder
      if (pickFolder === undefined) {
        throw new GlossFailure({
          code: 'unsupported',
          message: 'This window cannot show a folder dialog.',
          hint: "Type the project folder's full path instead.",
        })
      }
      return { path: await pickFolder(purpose) }
    },
    async setAnnotator({ name }) {
      await session.setAnnotator(name)
      return getSession()
    },
    async updateProject({ name, labels, settings, docLabels, relationTypes }) {
      const store = await session.project()
      if (docLabels !== undefined) checkDocLabelCategories(docLabels)
      if (relationTypes !== undefined) checkRelationTypes(relationTypes)
      if (labels !== undefined) {
        checkLabelSet(labels)
        const kept = new Set(labels.map((label) => label.id))
        const before = await store.readProject()
        const dropped = new Set(before.labels.map((l) => l.id).filter((id) => !kept.has(id)))
        // Spans first: if this fails the label is still there and the user can retry.
        await removeLabelSpans(store, session.annotator(), dropped)
      }
      await store.updateProject((project) => ({
        version: 1,
        name: name ?? project.name,
        labels: labels ?? project.labels,
        // Relations that use a dropped type stay in their files, as attribute values do.
        ...withRelationTypes(relationTypes ?? project.relationTypes),
        settings: settings ?? project.settings,
        ...withCategories(docLabels ?? project.docLabels),
      }))
      return summariseProject(store)
    },
    async countLabelUsage({ labelId }) {
      return countLabelUsage(await session.project(), session.annotator(), labelId)
    },
    async listAnnotators() {
      return (await session.project()).listAnnotators()
    },
  }
}

/** What the UI is told about an open project. */
export async function summariseProject(store: ProjectStore): Promise<ProjectSummary> {
  const project = await store.readProject()
  return {
    path: store.paths.root,
    name: project.name,
    labels: project.labels,
    relationTypes: relationTypesOf(project),
    settings: project.settings,
    ...withCategories(project.docLabels),
  }
}
