import { Minus, Plus } from 'lucide-react';
import type { GoalMeasure } from '../../shared/schema';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';

interface ValueInputProps {
  measure: GoalMeasure;
  /** As typed or chosen; parsed when saving so the schema can explain what is wrong. */
  value: string;
  onChange: (value: string) => void;
  id: string;
  /** The schema's message about this value, shown right under it. */
  problem: string | null;
  problemId: string;
}

const valueLabels = translatedRecord<GoalMeasure['kind']>({
  percent: 'progress.percentAxis',
  count: 'progress.howManyTimes',
  rating: 'progress.rating',
  minutes: 'progress.minutesAxis',
  yes_no: 'progress.didItHappen',
});

function ChoiceButtons({ name, options, value, onChange, legend, problem, problemId }: {
  name: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  legend: string;
  problem: string | null;
  problemId: string;
}) {
  // Radio buttons under the look of big buttons: one choice, arrow keys move, a screen reader
  // hears "3, radio button, 3 of 5".
  return (
    <fieldset className="record__field record__choices" aria-invalid={problem ? true : undefined} aria-describedby={problem ? problemId : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="choice-row">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="choice__face">{option.label}</span>
          </label>
        ))}
      </div>
      <ProblemLine problem={problem} id={problemId} />
    </fieldset>
  );
}

export function ProblemLine({ problem, id }: { problem: string | null; id: string }) {
  if (!problem) return null;
  return (
    <p className="record__problem" id={id} role="alert">
      {problem}
    </p>
  );
}

/** The value control suited to the goal's measure: what is quickest to enter on a phone. */
export function ValueInput({ measure, value, onChange, id, problem, problemId }: ValueInputProps) {
  const { t } = useTranslation();
  const label = valueLabels[measure.kind];
  if (measure.kind === 'rating') {
    const options = Array.from({ length: measure.ratingMax }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
    return <ChoiceButtons name={id} options={options} value={value} onChange={onChange} legend={t('progress.ratingLegend', { label, max: measure.ratingMax })} problem={problem} problemId={problemId} />;
  }
  if (measure.kind === 'yes_no') {
    const options = [
      { value: '1', label: t('progress.yes') },
      { value: '0', label: t('progress.no') },
    ];
    return <ChoiceButtons name={id} options={options} value={value} onChange={onChange} legend={label} problem={problem} problemId={problemId} />;
  }

  const step = (delta: number) => {
    const current = Number.parseFloat(value);
    onChange(String(Math.max(0, (Number.isFinite(current) ? current : 0) + delta)));
  };
  const unit = measure.kind === 'percent' ? '%' : measure.kind === 'minutes' ? 'min' : null;
  const input = (
    <input
      id={id}
      className="text-input record__number"
      type="number"
      inputMode={measure.kind === 'count' ? 'numeric' : 'decimal'}
      min={0}
      max={measure.kind === 'percent' ? 100 : undefined}
      step="any"
      value={value}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? problemId : undefined}
      onChange={(event) => onChange(event.target.value)}
    />
  );

  return (
    <div className="record__field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="record__value">
        {measure.kind === 'count' && (
          <button type="button" className="button button--secondary record__step" aria-label={t('progress.oneLess')} onClick={() => step(-1)}>
            <Minus size={20} aria-hidden="true" />
          </button>
        )}
        {input}
        {unit && (
          <span className="record__unit" aria-hidden="true">
            {unit}
          </span>
        )}
        {measure.kind === 'count' && (
          <button type="button" className="button button--secondary record__step" aria-label={t('progress.oneMore')} onClick={() => step(1)}>
            <Plus size={20} aria-hidden="true" />
          </button>
        )}
      </div>
      <ProblemLine problem={problem} id={problemId} />
    </div>
  );
}
