import { spanOn } from './project-fixture'

/** The id and text of the `crlf-line-endings.txt` fixture once imported. */
export const BUS_DOC = '0fd97b1faa0790ad'
export const BUS_TEXT =
  'Council pledges new bus routes\n\nThe council will add 14 bus routes by March, the transport lead said.\nRidership rose 8% last year.\n'

/** Three spans on it, in text order: council, routes, ridership. */
export const COUNCIL = spanOn(BUS_TEXT, 'Council pledges', 'claim', 'council')
export const ROUTES = spanOn(BUS_TEXT, '14 bus routes', 'statistic', 'routes')
export const RIDERSHIP = spanOn(BUS_TEXT, 'Ridership rose 8%', 'statistic', 'ridership')
