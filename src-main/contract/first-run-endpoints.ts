import { z } from 'zod'

import type { ProjectSummary } from './endpoints'
import type { Preferences } from '../core/preferences'
import { preferencesSchema } from './preference-schemas'

/** The first run and the window's comfort settings: part of THE API (spread into `endpoints`). */
export const firstRunEndpoints = {
  /** Theme, text size, reading width and whether the first-run hints are done. */
  getPreferences: { input: z.object({}).strict(), output: {} as Preferences },
  /** Changes some preferences and remembers them for the next run; answers all of them. */
  setPreferences: { input: preferencesSchema.partial().strict(), output: {} as Preferences },
  /**
   * Opens the sample project (`Sample project` in the app's data folder), made on first use
   * from the short articles shipped with Gloss; later it opens as the analyst left it.
   */
  openSampleProject: { input: z.object({}).strict(), output: {} as ProjectSummary },
}
