import type { TFunction } from 'i18next';
import type { TranslatableField } from '../../shared/translations';
import { goalAreas, type GoalArea } from '../../shared/schema';

type Part = 'goals' | 'supports' | 'services' | 'decisions' | 'assessments' | 'parentContactAttempts' | 'parentInput' | 'participation' | 'assessmentAccommodations' | 'title';
type FieldKey = 'baseline' | 'target' | 'measurement' | 'progressSchedule' | 'description' | 'text' | 'title' | 'note' | 'provider' | 'frequency' | 'duration' | 'location';

const parts = new Set<string>(['goals', 'supports', 'services', 'decisions', 'assessments', 'parentContactAttempts', 'parentInput', 'participation', 'assessmentAccommodations', 'title']);
const fieldKeys = new Set<string>(['baseline', 'target', 'measurement', 'progressSchedule', 'description', 'text', 'title', 'note', 'provider', 'frequency', 'duration', 'location']);
const isArea = (value: string): value is GoalArea => (goalAreas as readonly string[]).includes(value);

/**
 * A part of the plan named in the reader's language: "Goal “Reads 90 words…” · Baseline".
 * The item's own words are the team's; a part this table does not know keeps the server's name.
 */
export function fieldLabel(field: TranslatableField, t: TFunction): string {
  const [root = '', , ...rest] = field.path;
  const last = field.path[field.path.length - 1] ?? '';
  if (root.startsWith('presentLevel.')) {
    const area = root.slice('presentLevel.'.length);
    return isArea(area) ? `${t('translations.parts.presentLevel')} · ${t(`translations.areas.${area}`)}` : field.label;
  }
  if (root === 'presentLevels.curriculumEffect') return t('translations.parts.curriculumEffect');
  if (!parts.has(root)) return field.label;
  const name: string[] = [t(`translations.parts.${root as Part}`)];
  if (field.itemTitle) name[0] = `${name[0]} “${field.itemTitle}”`;
  if (rest.includes('objectives')) name.push(t('translations.parts.objective'));
  if (field.path.length > 1 && fieldKeys.has(last)) name.push(t(`translations.fields.${last as FieldKey}`));
  return name.join(' · ');
}
