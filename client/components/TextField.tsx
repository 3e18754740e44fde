import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import './fields.css';
import { useTranslation } from 'react-i18next';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'onChange' | 'value'>;

interface TextFieldProps extends NativeInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Why we ask, or what a good answer looks like. */
  hint?: ReactNode;
  /** Marks the field "(optional)" in its label; required fields are the norm and unmarked. */
  optional?: boolean;
  /** Extra control beside the input (e.g. show password). */
  adornment?: ReactNode;
}

/** A labelled input with its hint tied to it for screen readers. */
export function TextField({ label, value, onChange, hint, optional, adornment, ...input }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
        {optional && <span className="field__optional">{t('ui.optional')}</span>}
      </label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      <div className="field__control">
        <input
          {...input}
          id={id}
          className="text-input"
          value={value}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value)}
        />
        {adornment}
      </div>
    </div>
  );
}

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  required?: boolean;
  maxLength?: number;
  placeholder?: string;
  name?: string;
}

export function TextAreaField({ label, value, onChange, hint, ...rest }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={hintId}>{hint}</p>}
      <textarea
        {...rest}
        id={id}
        className="text-input text-input--area"
        rows={3}
        value={value}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
