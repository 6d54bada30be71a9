import { homedir } from 'node:os'
import { join } from 'node:path'

/** Where the platform keeps an app's settings: the folder Gloss uses without GLOSS_DATA_DIR. */
export function platformDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Gloss')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Gloss')
  const configHome = env.XDG_CONFIG_HOME
  return join(
    configHome !== undefined && configHome !== '' ? configHome : join(home, '.config'),
    'gloss',
  )
}
