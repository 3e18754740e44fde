import type * as Y from 'yjs';
import { Field } from '../fields/Field';
import { PlainInput } from '../fields/PlainInput';
import { YTextInput } from '../fields/YTextInput';
import { useLiveDoc } from '../live/LiveDocContext';
import type { ShortValuePlace } from '../../../shared/schema/shortValueSuggestions';
import { PlainSuggestions } from '../../suggestions/PlainSuggestions';
import { ShortValueProposal } from '../../suggestions/ShortValueProposal';
import { usePlainSuggestion } from '../../suggestions/usePlainSuggestion';
import '../../suggestions/suggestions.css';
import { useTranslation } from 'react-i18next';

/**
 * The few controls the IEP's fixed parts are made of, each labelled and read-only for people
 * who cannot edit: a date, a choice from a list, a yes/no tick, a short plain value and a
 * sentence typed together.
 */

export function DateInput({ label, value, hint, onCommit }: { label: string; value: string; hint?: string; onCommit: (value: string) => void }) {
  const { canEdit } = useLiveDoc();
  return (
    <Field label={label} hint={hint} className="iep-field">
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          type="date"
          className="text-input live-text iep-date"
          value={value}
          readOnly={!canEdit}
          onChange={(event) => onCommit(event.target.value)}
        />
      )}
    </Field>
  );
}

interface ShortInputProps {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly placeholder?: string;
  onCommit(value: string): void;
  /** Where a member in suggesting mode may propose new words for this value (shortValueSuggestions.ts). */
  readonly suggestAt?: ShortValuePlace | null;
}

export function ShortInput({ label, value, hint, placeholder, onCommit, suggestAt }: ShortInputProps) {
  const { canEdit } = useLiveDoc();
  const suggestion = usePlainSuggestion(suggestAt ?? null);
  return (
    <Field label={label} hint={hint} className="iep-field">
      {({ id, describedBy }) => (
        <>
          {suggestion.active ? (
            <ShortValueProposal id={id} describedBy={describedBy} value={value} suggestion={suggestion} />
          ) : (
            <PlainInput id={id} aria-describedby={describedBy} value={value} placeholder={canEdit ? placeholder : ''} onCommit={onCommit} />
          )}
          <PlainSuggestions open={suggestion.open} />
        </>
      )}
    </Field>
  );
}

// About what half a section's width shows of a choice at the plan's type size.
const wideChoiceCharacters = 26;

export function SelectInput<T extends string>({
  label,
  value,
  options,
  labels,
  empty,
  onChange,
}: {
  label: string;
  value: T | null;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  /** Shown when nothing is chosen yet; omit when there is always a value. */
  empty?: string;
  onChange: (value: T) => void;
}) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  // A choice whose words are long takes the whole row, so the chosen words show whole.
  const wide = [...options.map((option) => labels[option]), empty ?? ''].some((words) => words.length > wideChoiceCharacters);
  return (
    <Field label={label} className={wide ? 'iep-field iep-field--wide' : 'iep-field'}>
      {({ id }) => (
        <select
          id={id}
          className="text-input live-select"
          value={value ?? ''}
          disabled={!canEdit}
          onChange={(event) => {
            const chosen = options.find((option) => option === event.target.value);
            if (chosen) onChange(chosen);
          }}
        >
          {value === null && <option value="">{empty ?? t('planEdit.choose')}</option>}
          {options.map((option) => (
            <option key={option} value={option}>
              {labels[option]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckInput({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { canEdit } = useLiveDoc();
  return (
    <label className="live-check iep-check">
      <input type="checkbox" checked={checked} disabled={!canEdit} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** A sentence or paragraph typed together, live. `text` is a stable root Y.Text. */
export function LiveText({ label, text, hint, placeholder, rows = 2 }: { label: string; text: Y.Text | null; hint?: string; placeholder?: string; rows?: number }) {
  const { canEdit } = useLiveDoc();
  return (
    <Field label={label} hint={hint} className="iep-field iep-field--wide">
      {({ id, describedBy }) => <YTextInput id={id} text={text} multiline rows={rows} placeholder={canEdit ? placeholder : ''} aria-describedby={describedBy} />}
    </Field>
  );
}

/** A value the plan computes (age, due dates, percentages): shown, never typed. */
export function Computed({ label, value, tone, testId }: { label: string; value: string; tone?: 'ok' | 'warn' | 'late'; testId?: string }) {
  return (
    <div className={`iep-computed ${tone ? `iep-computed--${tone}` : ''}`} data-testid={testId}>
      <span className="iep-computed__label">{label}</span>
      <span className="iep-computed__value">{value}</span>
    </div>
  );
}
