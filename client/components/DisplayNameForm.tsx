import { useId, useState, type FormEvent } from 'react';
import { maxDisplayNameLength, parseDisplayName } from '../identity/displayName';
import './forms.css';

interface DisplayNameFormProps {
  value: string;
  onChange: (value: string) => void;
  onSave: (name: string) => void;
  submitLabel: string;
  /** Shown under the field: why we ask. */
  hint?: string;
  autoFocus?: boolean;
}

/** Asks for the name shown to the team. Controlled, so a parent can reuse an unsaved draft. */
export function DisplayNameForm({ value, onChange, onSave, submitLabel, hint, autoFocus }: DisplayNameFormProps) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseDisplayName(value);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    onSave(parsed.name);
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="field-form" onSubmit={handleSubmit} noValidate>
      <label className="field-form__label" htmlFor={`${id}-input`}>Your name</label>
      {hint && <p className="field-form__hint" id={hintId}>{hint}</p>}
      {/* Above the field, where eyes and screen magnifiers already are. */}
      {problem && <p className="field-form__error" id={errorId} role="alert">{problem}</p>}
      <div className="field-form__row">
        <input
          id={`${id}-input`}
          className="text-input"
          data-testid="display-name"
          type="text"
          name="displayName"
          autoComplete="name"
          maxLength={maxDisplayNameLength}
          placeholder="For example: Maria Alvarez"
          value={value}
          autoFocus={autoFocus}
          aria-invalid={problem !== null}
          aria-describedby={[hint ? hintId : '', problem ? errorId : ''].join(' ').trim() || undefined}
          onChange={(event) => {
            onChange(event.target.value);
            if (problem) setProblem(null);
          }}
        />
        <button type="submit" className="button button--primary">{submitLabel}</button>
      </div>
    </form>
  );
}
