import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useLiveDoc } from '../live/LiveDocContext';
import './fields.css';

interface PlainInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'readOnly'> {
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/**
 * A field over a plain stored value (last writer wins: a service's frequency, a support's
 * note). Each change is written at once so the others see it, but while you are in the field
 * a colleague's value does not overwrite what you are typing; you see theirs when you leave.
 */
export function PlainInput({ value, onCommit, className, ...rest }: PlainInputProps) {
  const { canEdit } = useLiveDoc();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  return (
    <input
      type="text"
      {...rest}
      className={`text-input live-text ${className ?? ''}`}
      value={draft}
      readOnly={!canEdit}
      onFocus={(event) => {
        setEditing(true);
        rest.onFocus?.(event);
      }}
      onBlur={(event) => {
        setEditing(false);
        rest.onBlur?.(event);
      }}
      onChange={(event) => {
        setDraft(event.target.value);
        if (event.target.value !== value) onCommit(event.target.value);
      }}
    />
  );
}
