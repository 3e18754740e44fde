import { Check } from 'lucide-react';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Setting } from '../../shared/roles';
import { EntryProblemError, type Author, type EntryProblem, type GoalMeasure, type ProgressDoc } from '../../shared/schema';
import { useEntryProblemText } from './useEntryProblemText';
import { formatValue, relativeDay, settingNames, settingOrder, settingPlaces, todayIso } from './progressLabels';
import { SettingMark } from './SettingMark';
import { ProblemLine, ValueInput } from './ValueInput';
import './RecordPointForm.css';
import { useTranslation } from 'react-i18next';

interface RecordPointFormProps {
  goalId: string;
  /** The goal's name for the form's accessible name ("Record progress: Fine motor"). */
  goalName: string;
  measure: GoalMeasure;
  progress: ProgressDoc;
  author: Author;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Recording a point in a few seconds, between sessions or at the kitchen table: the value
 * first, the day already today and the setting already the person's own, Enter to save.
 * The schema decides what is valid and says why not; the reason is shown in the reader's language.
 */
export function RecordPointForm({ goalId, goalName, measure, progress, author }: RecordPointFormProps) {
  const id = useId();
  const { t } = useTranslation();
  const problemText = useEntryProblemText();
  const [value, setValue] = useState('');
  const [date, setDate] = useState(todayIso);
  const [setting, setSetting] = useState<Setting>(author.setting);
  const [note, setNote] = useState('');
  // Reasons and facts, not their words: worded at render, what is shown follows a change of language.
  const [problem, setProblem] = useState<{ field: 'value' | 'date'; reason: EntryProblem | null } | null>(null);
  const [saved, setSaved] = useState<{ value: number; setting: Setting; date: string } | null>(null);

  const save = () => {
    const number = value.trim() === '' ? Number.NaN : Number(value);
    try {
      progress.add({ goalId, date, value: number, setting, note: note.trim() }, author);
    } catch (error) {
      setProblem({ field: datePattern.test(date) ? 'value' : 'date', reason: error instanceof EntryProblemError ? error.problem : null });
      setSaved(null);
      return;
    }
    setProblem(null);
    setSaved({ value: number, setting, date });
    // Day and setting stay: the next point is usually the same session or the next day.
    setValue('');
    setNote('');
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save();
  };

  // Enter saves from any field, including the rating and yes/no buttons (radios do not submit
  // a form on their own).
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target;
    if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
    event.preventDefault();
    save();
  };

  const edited = () => {
    if (saved) setSaved(null);
  };

  const errorId = `${id}-error`;
  const problemMessage = problem && (problem.reason ? problemText(problem.reason) : t('progress.notSaved'));
  const savedMessage = saved && t('progress.saved', { value: formatValue(measure, saved.value), place: settingPlaces[saved.setting], day: relativeDay(saved.date) });
  return (
    <form className="record" aria-label={t('progress.recordFor', { goal: goalName })} onSubmit={handleSubmit} onKeyDown={handleKeyDown} noValidate>
      <div className="record__fields">
        <ValueInput
          measure={measure}
          value={value}
          onChange={(next) => {
            setValue(next);
            edited();
          }}
          id={`${id}-value`}
          problem={problem?.field === 'value' ? problemMessage : null}
          problemId={errorId}
        />
        <fieldset className="record__field record__choices record__where">
          <legend className="field__label">{t('progress.where')}</legend>
          <div className="choice-row">
            {settingOrder.map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  className="choice__input"
                  name={`${id}-setting`}
                  value={option}
                  checked={setting === option}
                  onChange={() => {
                    setSetting(option);
                    edited();
                  }}
                />
                <span className="choice__face">
                  <SettingMark setting={option} />
                  {settingNames[option]}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="record__field record__date">
          <label className="field__label" htmlFor={`${id}-date`}>
            {t('progress.day')}
          </label>
          <input
            id={`${id}-date`}
            className="text-input"
            type="date"
            value={date}
            aria-invalid={problem?.field === 'date' || undefined}
            aria-describedby={problem?.field === 'date' ? errorId : undefined}
            onChange={(event) => {
              setDate(event.target.value);
              edited();
            }}
          />
          <ProblemLine problem={problem?.field === 'date' ? problemMessage : null} id={errorId} />
        </div>
        <div className="record__field record__note">
          <label className="field__label" htmlFor={`${id}-note`}>
            {t('progress.note')} <span className="field__optional">{t('progress.optional')}</span>
          </label>
          <input
            id={`${id}-note`}
            className="text-input"
            type="text"
            value={note}
            placeholder={t('progress.notePlaceholder')}
            onChange={(event) => {
              setNote(event.target.value);
              edited();
            }}
          />
        </div>
      </div>
      <div className="record__actions">
        <button type="submit" className="button button--primary record__save">
          {t('progress.save')}
        </button>
        <p className="record__saved" role="status" aria-live="polite">
          {savedMessage && (
            <>
              <Check size={20} aria-hidden="true" />
              {savedMessage}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
