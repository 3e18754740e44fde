import type { Role } from './roles';

/** A field's words changed, or an item of a list was added, removed or moved. */
export type HistoryKind = 'edit' | 'added' | 'removed' | 'moved';

/**
 * One person's change to one field: what it said before they started and after they paused.
 * For an item added or removed, `before`/`after` hold its first words; for a move, its place
 * in its list (1-based) before and after.
 */
export interface HistoryEntry {
  readonly id: number;
  readonly kind: HistoryKind;
  /** The field, as keys from the plan's root: ['goals', '<goalId>', 'baseline']. */
  readonly path: string[];
  /** Human name of the field when it was changed ("Goal: Reads 90 words… · Baseline"). */
  readonly label: string;
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly before: string;
  readonly after: string;
}

export interface HistoryResponse {
  readonly entries: HistoryEntry[];
  /** When this person last looked at the plan's history (null: never). */
  readonly lastSeenAt: string | null;
}

const sectionNames: Record<string, string> = {
  title: 'Title',
  goals: 'Goal',
  supports: 'Support',
  services: 'Service',
  decisions: 'Decision',
  parentInput: 'Parent input',
  participation: 'Participation with peers',
  assessmentAccommodations: 'Assessment accommodations',
  specialFactors: 'Special factors',
  assessments: 'Assessment',
  parentContactAttempts: 'Contact attempt',
  objectives: 'Objective',
  presentLevel: 'Present levels',
  specialFactorNote: 'Special factor',
  student: 'Student',
  iepDates: 'Dates',
  presentLevels: 'Present levels',
  presentLevelAreas: 'Present levels',
  placement: 'Placement',
  extendedSchoolYear: 'Extended school year',
  transition: 'Transition',
  parentParticipation: 'Parent participation',
  priorWrittenNotice: 'Prior written notice',
};

/** "progressSchedule" → "Progress schedule". */
export function words(key: string): string {
  const spaced = key.replace(/[._-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A readable name for a field path. `itemTitle` names an item (a goal by its first words);
 * without it items are only named by their kind.
 */
export function describePath(path: readonly string[], itemTitle: (itemPath: string[]) => string | null = () => null): string {
  const [root = '', ...rest] = path;
  const dot = root.indexOf('.');
  const parts: string[] = [];
  if (dot > 0) {
    const head = root.slice(0, dot);
    parts.push(sectionNames[head] ?? words(head), words(root.slice(dot + 1)));
  } else {
    parts.push(sectionNames[root] ?? words(root));
  }
  const isCollection = ['goals', 'supports', 'services', 'decisions', 'assessments', 'parentContactAttempts'].includes(root);
  let index = 0;
  let itemPath = [root];
  while (index < rest.length) {
    const key = rest[index] ?? '';
    if (isCollection && (index === 0 || rest[index - 1] === 'objectives')) {
      itemPath = [...itemPath, key];
      const title = itemTitle(itemPath);
      if (title) parts[parts.length - 1] = `${parts[parts.length - 1]}: ${title}`;
    } else if (key === 'objectives') {
      itemPath = [...itemPath, key];
      parts.push('Objective');
    } else {
      itemPath = [...itemPath, key];
      parts.push(words(key));
    }
    index += 1;
  }
  return parts.join(' · ');
}

/** True when `path` lies in or under `prefix` (a goal's id path covers its fields and objectives). */
export function isUnder(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}
