import { useRef, type InputHTMLAttributes } from 'react';
import { useLiveDoc } from '../live/LiveDocContext';
import { FieldPresence } from './FieldPresence';
import { OverwriteNotice } from './OverwriteNotice';
import { useFieldPresence } from './useFieldPresence';
import { usePlainDraft } from './usePlainDraft';
import './fields.css';

interface PlainInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'readOnly'> {
  readonly value: string;
  readonly onCommit: (value: string) => void;
}

/**
 * A field over a plain stored value (last writer wins: a service's frequency, a support's
 * note). Each change is written at once so the others see it, but while you are in the field
 * a colleague's value does not overwrite what you are typing; you see theirs when you leave,
 * and when theirs and yours crossed, the field says so and offers the other (usePlainDraft).
 */
export function PlainInput({ value, onCommit, className, ...rest }: PlainInputProps) {
  const { canEdit } = useLiveDoc();
  const ref = useRef<HTMLInputElement>(null);
  // Plain values have no shared identity of their own: the field's id or label names it.
  const others = useFieldPresence(ref, rest.id ?? rest['aria-label'] ?? null);
  const othersNow = useRef(others);
  othersNow.current = others;
  const field = usePlainDraft(value, canEdit, onCommit, () => othersNow.current[0]?.name ?? null);

  return (
    <>
      <FieldPresence others={others} value={field.draft}>
        <input
          type="text"
          {...rest}
          ref={ref}
          className={`text-input live-text ${className ?? ''}`}
          value={field.draft}
          readOnly={!canEdit}
          onFocus={(event) => {
            field.focus();
            rest.onFocus?.(event);
          }}
          onBlur={(event) => {
            field.blur();
            rest.onBlur?.(event);
          }}
          onChange={(event) => field.change(event.target.value)}
        />
      </FieldPresence>
      {field.overwrite && <OverwriteNotice overwrite={field.overwrite} onUseTheirs={field.useTheirs} onPutMineBack={field.putMineBack} onDismiss={field.dismiss} />}
    </>
  );
}
