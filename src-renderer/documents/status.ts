import type { DocumentStatus } from '@core/spans/span'

export const STATUS_NAMES: Readonly<Record<DocumentStatus, string>> = {
  todo: 'to do',
  'in-progress': 'in progress',
  done: 'done',
}
