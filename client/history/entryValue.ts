import { isIsoDate } from '../../shared/iepDates';
import { i18n } from '../i18n/i18n';
import { formatDay } from '../i18n/dates';
import {
  assessmentParticipationLabels,
  contactMethodLabels,
  esyDecisionLabels,
  goalAreaLabels,
  placementCategoryLabels,
  serviceSettingLabels,
  serviceTypeLabels,
  supportKindLabels,
  supportStatusLabels,
} from '../i18n/vocabulary';
import { goalStatusLabels } from '../plan/common/labels';

type Labels = Readonly<Record<string, string>>;

/**
 * Fields whose value is one word of a fixed vocabulary, by section and key. The document holds
 * the word's id ("fine_motor", "outside_general_education"); the reader sees its label.
 */
const vocabularyFields: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  goals: { area: goalAreaLabels, status: goalStatusLabels },
  supports: { kind: supportKindLabels },
  services: { type: serviceTypeLabels, setting: serviceSettingLabels },
  assessments: { participation: assessmentParticipationLabels },
  extendedSchoolYear: { decision: esyDecisionLabels },
  placement: { category: placementCategoryLabels },
  parentContactAttempts: { method: contactMethodLabels },
  parentParticipation: { noticeMethod: contactMethodLabels },
};

/** Keys that hold one value per setting ("status.home"): the vocabulary is the prefix's. */
const prefixedVocabularyFields: Readonly<Record<string, Readonly<Record<string, Labels>>>> = {
  supports: { 'status.': supportStatusLabels },
};

function vocabularyOf(path: readonly string[]): Labels | null {
  const section = (path[0] ?? '').split('.')[0]!;
  const key = path.at(-1) ?? '';
  const exact = vocabularyFields[section]?.[key];
  if (exact) return exact;
  for (const [prefix, labels] of Object.entries(prefixedVocabularyFields[section] ?? {})) if (key.startsWith(prefix)) return labels;
  return null;
}

/**
 * A value a change recorded, as the reader should see it: a vocabulary word by its label in
 * their language ("Motricidad fina", not "fine_motor"), a checkbox as Yes or No, a date as a
 * date. Anything else (the team's own words) is shown as typed.
 */
export function entryValue(path: readonly string[], value: string): string {
  if (value === '') return value;
  const labels = vocabularyOf(path);
  if (labels && Object.hasOwn(labels, value)) return labels[value]!;
  // A checkbox's change is recorded as the words true and false.
  if (value === 'true') return i18n.t('betweenMeetings.historyYes');
  if (value === 'false') return i18n.t('betweenMeetings.historyNo');
  if (isIsoDate(value)) return formatDay(value);
  return value;
}
