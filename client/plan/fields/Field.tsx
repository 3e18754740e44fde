import { useId, type ReactNode } from 'react';
import './fields.css';

interface FieldProps {
  readonly label: ReactNode;
  /** What a good answer looks like, in plain words; tied to the control for screen readers. */
  readonly hint?: ReactNode;
  readonly className?: string;
  readonly children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/** A visible label and optional hint above one control. */
export function Field({ label, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`live-field ${className ?? ''}`}>
      <label className="live-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="live-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, describedBy: hintId })}
    </div>
  );
}
