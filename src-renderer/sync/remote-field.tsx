import type { Ref } from 'react'

interface RemoteFieldProps {
  readonly ref: Ref<HTMLInputElement>
  readonly id: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly disabled: boolean
}

/**
 * Where the team's project lives: anything git itself takes as a remote. The dialog focuses
 * it through `ref` once it is open (opening focuses the dialog's first button).
 */
export function RemoteField({ ref, id, value, onChange, disabled }: RemoteFieldProps) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Team remote (a bare git repository)
      </label>
      <input
        ref={ref}
        id={id}
        value={value}
        placeholder="/mnt/shared/team.git, ssh://host/team.git or https://…"
        spellCheck={false}
        autoComplete="off"
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
