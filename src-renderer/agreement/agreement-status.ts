import type { AgreementViewState } from '../state/agreement-state'

/**
 * The agreement view's status line: how far a computation has got (documents read), or that
 * the last one was cancelled, or nothing once the figures are in.
 */
export function agreementStatus(
  state: Pick<AgreementViewState, 'loading' | 'progress' | 'cancelled'>,
): string {
  if (state.loading) {
    const { progress } = state
    return progress && progress.total > 0
      ? `Computing agreement… ${progress.done} of ${progress.total} documents read`
      : 'Computing agreement…'
  }
  // The figures from before stay in view (or, if there were none, a note says how to recompute).
  return state.cancelled ? 'Agreement cancelled' : ''
}
