import { nextTextZoom, type Preferences } from '@core/preferences'

import type { CommandContext } from '../context'
import { unwrap } from '../context'
import type { SessionCommands } from './session'

export function createComfortCommands(ctx: CommandContext, session: SessionCommands) {
  const { store, client } = ctx
  const current = (): Preferences => store.get().comfort.preferences
  const show = (preferences: Preferences, loaded = true): void =>
    store.update((state) => ({ ...state, comfort: { ...state.comfort, preferences, loaded } }))

  const commands = {
    /** Startup: the remembered theme, text size and width, and whether the hints are done. */
    load: async (): Promise<void> => {
      const preferences = unwrap(ctx, await client.getPreferences({}))
      if (preferences) show(preferences)
    },

    /** Shown at once, then remembered by the host; a failed save puts the old ones back. */
    set: async (change: Partial<Preferences>): Promise<void> => {
      const before = current()
      show({ ...before, ...change })
      const saved = unwrap(ctx, await client.setPreferences(change))
      show(saved ?? before)
    },

    /** Ctrl/Cmd + (`in`), − (`out`), 0 (`reset`): the article text's size. */
    zoomText: async (step: 'in' | 'out' | 'reset'): Promise<void> => {
      const textZoom = nextTextZoom(current().textZoom, step)
      if (textZoom !== current().textZoom) await commands.set({ textZoom })
    },

    /** The welcome screen is up: this window's first project gets the first-run hints. */
    noteWelcome: (): void => {
      if (store.get().comfort.welcomed) return
      store.update((state) => ({ ...state, comfort: { ...state.comfort, welcomed: true } }))
    },

    /** Finished or skipped: the hints do not come back, in this run or the next. */
    finishHints: (): Promise<void> => commands.set({ hintsDone: true }),

    /** The welcome screen's third way in: the sample project, made on first use. */
    openSample: async (): Promise<boolean> => {
      const project = unwrap(ctx, await client.openSampleProject({}))
      if (!project) return false
      await session.showProject(project)
      return true
    },
  }
  return commands
}

export type ComfortCommands = ReturnType<typeof createComfortCommands>
