import { SlidersHorizontal } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { entryValueProblem, isMeasureKind, measureKinds, type GoalMeasure } from '../../shared/schema';
import { useEntryProblemText } from './useEntryProblemText';
import './MeasureSettings.css';
import { measureKindLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

interface MeasureSettingsProps {
  measure: GoalMeasure;
  /** How many points are already recorded: changing the kind does not convert them. */
  pointCount: number;
  onChange: (measure: GoalMeasure) => void;
}

type NumberField = 'baseline' | 'target' | 'ratingMax';

function asText(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * How a goal is measured. Choices apply at once; numbers apply when the person leaves the
 * field or presses Enter, so a colleague never sees a half-typed "8" on the way to "80".
 */
export function MeasureSettings({ measure, pointCount, onChange }: MeasureSettingsProps) {
  const id = useId();
  const { t } = useTranslation();
  const problemText = useEntryProblemText();
  const [drafts, setDrafts] = useState<Record<NumberField, string>>({
    baseline: asText(measure.baseline),
    target: asText(measure.target),
    ratingMax: String(measure.ratingMax),
  });
  const [problems, setProblems] = useState<Partial<Record<NumberField, string>>>({});
  const [editing, setEditing] = useState<NumberField | null>(null);

  // A colleague's change shows up here too, except in the field this person is typing in.
  useEffect(() => {
    setDrafts((previous) => ({
      baseline: editing === 'baseline' ? previous.baseline : asText(measure.baseline),
      target: editing === 'target' ? previous.target : asText(measure.target),
      ratingMax: editing === 'ratingMax' ? previous.ratingMax : String(measure.ratingMax),
    }));
  }, [measure, editing]);

  const commit = (field: NumberField) => {
    const text = drafts[field].trim();
    if (field === 'ratingMax') {
      const top = Number(text);
      if (!Number.isInteger(top) || top < 2 || top > 10) {
        setProblems((previous) => ({ ...previous, ratingMax: t('progress.ratingRange') }));
        return;
      }
      setProblems((previous) => ({ ...previous, ratingMax: undefined }));
      if (top !== measure.ratingMax) onChange({ ...measure, ratingMax: top });
      return;
    }
    const number = text === '' ? null : Number(text);
    const found = number === null ? null : entryValueProblem(measure, number);
    const problem = found && problemText(found);
    setProblems((previous) => ({ ...previous, [field]: problem ?? undefined }));
    if (problem || number === measure[field]) return;
    onChange({ ...measure, [field]: number });
  };

  const numberField = (field: NumberField, label: string, hint?: string) => {
    const inputId = `${id}-${field}`;
    const problem = problems[field];
    const described = [hint ? `${inputId}-hint` : null, problem ? `${inputId}-problem` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field measure__number">
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
        {hint && (
          <p className="field__hint" id={`${inputId}-hint`}>
            {hint}
          </p>
        )}
        <input
          id={inputId}
          className="text-input"
          type="number"
          inputMode="decimal"
          step="any"
          value={drafts[field]}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
          onFocus={() => setEditing(field)}
          onChange={(event) => setDrafts((previous) => ({ ...previous, [field]: event.target.value }))}
          onBlur={() => {
            setEditing(null);
            commit(field);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(field);
            }
          }}
        />
        {problem && (
          <p className="measure__problem" id={`${inputId}-problem`} role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  };

  const unitHint = measure.kind === 'percent' ? t('progress.inPercent') : measure.kind === 'yes_no' ? t('progress.yesNoHint') : measure.kind === 'minutes' ? t('progress.inMinutes') : undefined;

  return (
    <details className="measure">
      <summary>
        <SlidersHorizontal size={20} aria-hidden="true" />
        {t('progress.howMeasured')}
      </summary>
      <div className="measure__body">
        <div className="field measure__kind">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('progress.measuredAs')}
          </label>
          {pointCount > 0 && (
            <p className="field__hint" id={`${id}-kind-hint`}>
              {t('progress.alreadyRecorded', { count: pointCount })}
            </p>
          )}
          <select
            id={`${id}-kind`}
            className="text-input"
            value={measure.kind}
            aria-describedby={pointCount > 0 ? `${id}-kind-hint` : undefined}
            onChange={(event) => {
              const kind = event.target.value;
              if (isMeasureKind(kind)) onChange({ ...measure, kind });
            }}
          >
            {measureKinds.map((kind) => (
              <option key={kind} value={kind}>
                {measureKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        {measure.kind === 'rating' && numberField('ratingMax', t('progress.topOfScale'))}
        {numberField('baseline', t('progress.baseline'), unitHint ? t('progress.withUnit', { hint: t('progress.baselineHint'), unit: unitHint }) : t('progress.baselineHint'))}
        {numberField('target', t('progress.target'), unitHint ? t('progress.withUnit', { hint: t('progress.targetHint'), unit: unitHint }) : t('progress.targetHint'))}
        <label className="measure__less">
          <input
            type="checkbox"
            checked={!measure.higherIsBetter}
            onChange={(event) => onChange({ ...measure, higherIsBetter: !event.target.checked })}
          />
          <span>
            {t('progress.lessIsBetter')}
            <span className="field__hint">{t('progress.lessIsBetterHint')}</span>
          </span>
        </label>
      </div>
    </details>
  );
}
