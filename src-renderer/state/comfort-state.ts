import { DEFAULT_PREFERENCES, type Preferences } from '@core/preferences'

/** The window's preferences and the first run's progress. */
export interface ComfortState {
  readonly preferences: Preferences
  /** The preferences came from the host (until then the defaults stand in). */
  readonly loaded: boolean
  /** This window started on the welcome screen: the first-run hints may show. */
  readonly welcomed: boolean
}

export const initialComfortState: ComfortState = {
  preferences: DEFAULT_PREFERENCES,
  loaded: false,
  welcomed: false,
}
