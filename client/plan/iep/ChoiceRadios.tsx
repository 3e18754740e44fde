import { useId } from 'react';
import { useLiveDoc } from '../live/LiveDocContext';

/**
 * A decision among a few choices whose words are sentences ("Extended school year services
 * are not needed"): every choice shown whole, one per line, where a drop-down would cut the
 * chosen one short in a narrow column or a longer language.
 */
export function ChoiceRadios<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
}: {
  label: string;
  value: T | null;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
}) {
  const { canEdit } = useLiveDoc();
  const name = useId();
  return (
    <fieldset className="iep-checks iep-choices">
      <legend>{label}</legend>
      {options.map((option) => (
        <label key={option} className="live-check iep-check">
          <input type="radio" name={name} value={option} checked={value === option} disabled={!canEdit} onChange={() => onChange(option)} />
          <span>{labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
