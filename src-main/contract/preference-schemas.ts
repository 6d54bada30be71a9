import { z } from 'zod'

import type { Preferences } from '../core/preferences'
import { THEMES } from '../core/preferences'

/** The window's preferences as saved in the app's settings.json (see `Preferences`). */
export const preferencesSchema = z
  .object({
    theme: z.enum(THEMES as ['system', 'light', 'dark']),
    textZoom: z.number().min(0.5).max(3),
    wideText: z.boolean(),
    hintsDone: z.boolean(),
  })
  .strict() satisfies z.ZodType<Preferences>
