import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

import { openAppState } from '../../../src-main/services/app-state'
import { createHandlers } from '../../../src-main/services/handlers'
import { callOk } from '../../support/call-ok'
import { idOf, makeColleagueProject, spansOf, type ColleagueArticle } from './colleague-project'

/** A bare repository standing for the team's shared drive, in `scratch`. */
export function makeBareRemote(scratch: string): string {
  const remote = join(scratch, 'shared-drive', 'team.git')
  execFileSync('git', ['init', '-q', '--bare', remote])
  return remote
}

/**
 * A colleague who started their own project (in `scratch`), annotated `articles` and synced
 * it to `remote` through the same services their Gloss uses.
 */
export async function colleagueSyncs(
  scratch: string,
  remote: string,
  annotator: string,
  articles: readonly ColleagueArticle[],
): Promise<void> {
  const handlers = await makeColleagueProject(
    join(scratch, `${annotator}-project`),
    join(scratch, `${annotator}-data`),
    annotator,
    articles,
  )
  await callOk(handlers, 'syncProject', { remote })
}

/** A colleague who joins the team's project from `remote`, tags one article there and syncs. */
export async function colleagueJoinsAndTags(
  scratch: string,
  remote: string,
  annotator: string,
  article: ColleagueArticle,
): Promise<void> {
  const handlers = createHandlers({
    ports: { host: 'web' },
    appState: await openAppState(join(scratch, `${annotator}-data`)),
    annotator,
  })
  await callOk(handlers, 'joinTeamProject', {
    remote,
    path: join(scratch, `${annotator}-project`),
  })
  await callOk(handlers, 'applySpanChanges', {
    docId: idOf(article.text),
    changes: {
      created: spansOf(annotator, article.text, article.tags),
      updated: [],
      deleted: [],
    },
  })
  await callOk(handlers, 'syncProject', {})
}
