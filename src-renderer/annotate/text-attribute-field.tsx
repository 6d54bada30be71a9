import { useState } from 'react'

interface TextAttributeFieldProps {
  readonly name: string
  readonly value: string
  readonly fieldProps: Readonly<Record<string, string>>
  readonly onSave: (text: string) => void
}

/** A free-text attribute: saved on Enter or leaving the field, Escape puts it back. */
export function TextAttributeField({ name, value, fieldProps, onSave }: TextAttributeFieldProps) {
  const [text, setText] = useState(value)
  // A value changed elsewhere (undo, redo) replaces what the field shows.
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setText(value)
  }
  return (
    <label className="attribute-row">
      <span className="attribute-name">{name}</span>
      <input
        {...fieldProps}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => onSave(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            onSave(text)
          } else if (event.key === 'Escape') {
            setText(value)
          }
        }}
      />
    </label>
  )
}
