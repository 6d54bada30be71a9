import type { Label } from '../../../../src-main/core/labels/label'

/** The n-th article a writer adds: a text no other writer's article has. */
export const sharedArticle = (prefix: string, n: number) => ({
  name: `${prefix}-${n}.txt`,
  text: `Article ${prefix}-${n}\n\nThe council of ${prefix} pledged ${n} new bus routes.\n`,
})

/** The n-th label a writer adds. */
export const sharedLabel = (prefix: string, n: number): Label => ({
  id: `${prefix}-${n}`,
  name: `Label ${prefix}-${n}`,
  color: '#2f7ed8',
  hotkey: '',
  description: '',
})
