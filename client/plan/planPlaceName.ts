import type { TFunction } from 'i18next';
import { describePath } from '../../shared/history';
import type { PathNames } from '../../shared/pathNames';

/** The section of the plan page each root of the plan's document is shown in. */
const sectionOfRoot: Readonly<Record<string, string>> = {
  goals: 'goals',
  supports: 'supports',
  services: 'services',
  decisions: 'decisions',
  parentInput: 'parentInput',
  presentLevel: 'presentLevels',
  presentLevels: 'presentLevels',
  presentLevelAreas: 'presentLevels',
  participation: 'participation',
  assessmentAccommodations: 'assessments',
  assessments: 'assessments',
  specialFactors: 'specialFactors',
  specialFactorNote: 'specialFactors',
  student: 'student',
  iepDates: 'dates',
  extendedSchoolYear: 'extendedSchoolYear',
  transition: 'transition',
  parentParticipation: 'parentParticipation',
  priorWrittenNotice: 'priorWrittenNotice',
};

/** A goal's fields by the labels its card shows them under. */
const goalFieldLabels: Readonly<Record<string, string>> = {
  description: 'planEdit.goalInWords',
  baseline: 'planEdit.baseline',
  target: 'planEdit.target',
  measurement: 'planEdit.measurement',
  progressSchedule: 'planEdit.progressSchedule',
};

/** Short values members may propose words for (shortValueSuggestions.ts), by their labels. */
const shortValueLabels: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  student: { grade: 'planEdit.grade', school: 'planEdit.school', homeLanguage: 'planEdit.homeLanguage', interpreterLanguage: 'planEdit.interpreterLanguageNeeded' },
  parentParticipation: { interpreterLanguage: 'planEdit.interpreterLanguage' },
};

/**
 * Where in the plan a field is, in the words the plan page shows ("Goal 2 · Where the child is
 * now", "From home"), in the reader's language. The schema's own names ("Goal · Baseline",
 * "Parent input") are what the history stores; a reader looking for the place would not find
 * them on the page. Falls back to those names for a place the page has no label for.
 */
/** What the page knows of the plan: a goal's number, and an area's name in the reader's language. */
export interface PlaceNaming {
  goalNumber(goalId: string): number | null;
  areaName(area: string): string | null;
  /** The reader's names for a place the page has no label for (English without them). */
  readonly pathNames?: PathNames;
}

export function planPlaceName(path: readonly string[], t: TFunction, naming: PlaceNaming): string {
  const [root = '', ...rest] = path;
  const [head = root, area] = root.split('.');
  const section = sectionOfRoot[head];
  if (!section) return describePath(path, undefined, naming.pathNames);
  const parts: string[] = [String(t(`plan.sections.${section}.title` as never))];
  if (head === 'goals' && rest[0]) {
    const number = naming.goalNumber(rest[0]);
    if (number !== null) parts[0] = t('planEdit.goalHeading', { number, area: '' }).replace(/:\s*$/, '');
    const field = rest[1];
    if (field && goalFieldLabels[field]) parts.push(String(t(goalFieldLabels[field] as never)));
    else if (field) return `${parts[0]} · ${describePath(path, undefined, naming.pathNames).split(' · ').slice(1).join(' · ')}`;
    return parts.join(' · ');
  }
  const shortValue = rest.length === 1 ? shortValueLabels[head]?.[rest[0]!] : undefined;
  if (shortValue) parts.push(String(t(shortValue as never)));
  const areaKey = area ?? (head === 'presentLevelAreas' ? rest[0] : undefined);
  const areaName = areaKey ? naming.areaName(areaKey) : null;
  if (areaName) parts.push(areaName);
  return parts.join(' · ');
}
