import { Eye, EyeOff } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { TextField } from './TextField';
import { useTranslation } from 'react-i18next';

interface PasswordFieldProps {
  label?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  hint?: ReactNode;
  minLength?: number;
}

/**
 * Password managers and pasting work (WCAG 2.2, 3.3.8 accessible authentication); "Show"
 * helps people who type slowly or on a phone check what they entered.
 */
export function PasswordField({ label, value, onChange, autoComplete, hint, minLength }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      label={label ?? t('common.password')}
      type={visible ? 'text' : 'password'}
      name="password"
      autoComplete={autoComplete}
      autoCapitalize="none"
      spellCheck={false}
      required
      minLength={minLength}
      value={value}
      onChange={onChange}
      hint={hint}
      adornment={
        <button
          type="button"
          className="button button--quiet field__adornment"
          aria-pressed={visible}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? <EyeOff size={18} aria-hidden="true" /> : <Eye size={18} aria-hidden="true" />}
          {visible ? t('common.hide') : t('common.show')}
          <span className="visually-hidden">{t('ui.passwordHidden')}</span>
        </button>
      }
    />
  );
}
