import { MenuButton } from '../components/menu-button'
import { useAppState, useCommands } from '../state/use-store'

/** Share: how this project travels to colleagues. */
export function ShareMenu() {
  const hasProject = useAppState((state) => state.session?.project != null)
  const { ui } = useCommands()
  return (
    <MenuButton
      label="Share"
      items={[
        {
          label: 'Team sync…',
          action: () => ui.openDialog({ kind: 'team-sync' }),
          enabled: hasProject,
        },
      ]}
    />
  )
}
