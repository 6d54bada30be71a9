import { GlossFailure } from '../failure'
import type { Exporter } from './dataset'

// Interim: the exporters helper replaces this within the hour (issue 3); it is here so the
// registry is complete and the services can be wired against it now.
export const exportConll: Exporter = () => {
  throw new GlossFailure({
    code: 'unsupported',
    message: 'The conll export is not built yet.',
    hint: 'Choose another format for now.',
  })
}
