import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { useLiveDoc } from '../live/LiveDocContext';
import { FieldPresence } from './FieldPresence';
import { useFieldPresence } from './useFieldPresence';
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
  const ref = useRef<HTMLInputElement>(null);
  // Plain values have no shared identity of their own: the field's id or label names it.
  const others = useFieldPresence(ref, rest.id ?? rest['aria-label'] ?? null);

  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  return (
    <FieldPresence others={others} value={draft}>
      <input
        type="text"
        {...rest}
        ref={ref}
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
    </FieldPresence>
  );
}
