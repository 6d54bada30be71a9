import { benchSync } from './bench-sync'
import { printFigure } from './timing'

// `npx tsx bench/sync-only.ts`: the team-sync figures alone (the full bench runs them too).
async function main(): Promise<void> {
  for (const figure of await benchSync()) printFigure(figure)
}

void main()
