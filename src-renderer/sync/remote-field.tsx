interface RemoteFieldProps {
  readonly id: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly disabled: boolean
  readonly autoFocus?: boolean
}

/** Where the team's project lives: anything git itself takes as a remote. */
export function RemoteField({ id, value, onChange, disabled, autoFocus }: RemoteFieldProps) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        Team remote (a bare git repository)
      </label>
      <input
        id={id}
        autoFocus={autoFocus}
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
