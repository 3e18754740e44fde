/**
 * Naming a field of the plan from its path of keys (['goals', '<goalId>', 'baseline'] is
 * "Goal: Reads 90 words… · Baseline"). The words come from a PathNames: the English one below
 * is what the server stores with each change, and a reader's catalog gives the same names in
 * their language (shared/i18n/catalogPathNames.ts).
 */

/** The names a path is spelt with. Null means "no name for this": the caller decides what to show. */
export interface PathNames {
  /** A root of the plan, or what one item of a list is called: 'goals' → "Goal", 'objectives' → "Objective". */
  section(root: string): string | null;
  /**
   * A key inside a section: `section` is the root without its member ('presentLevel' for
   * 'presentLevel.reading'), or 'objectives' for the keys of a goal's objective.
   */
  field(section: string, key: string): string | null;
}

/** One step of a path, named. */
export interface NamedPart {
  readonly name: string;
  /** Set when the step is one item of a list: its path, and its first words if it has any. */
  readonly item?: { readonly path: string[]; readonly title: string | null };
}

/** Roots whose keys are items by id. */
export const itemListRoots: ReadonlySet<string> = new Set(['goals', 'supports', 'services', 'decisions', 'assessments', 'parentContactAttempts', 'goalLinks']);
/** The list a goal holds: its keys are objectives by id. */
export const objectivesKey = 'objectives';

/** An item's first words by its path; null when it has none (or is not known). */
export type ItemTitleOf = (itemPath: string[]) => string | null;

/**
 * The path as named parts, each item with its first words from `itemTitle`; null as soon as
 * `names` has no name for one of its steps.
 */
export function namePath(path: readonly string[], names: PathNames, itemTitle: ItemTitleOf = () => null): NamedPart[] | null {
  const [root = '', ...rest] = path;
  const dot = root.indexOf('.');
  const section = dot > 0 ? root.slice(0, dot) : root;
  const sectionName = names.section(section);
  if (sectionName === null) return null;
  const parts: NamedPart[] = [{ name: sectionName }];
  // A fixed part's typed field is its own root (`placement.explanation`), one area's text too (`presentLevel.reading`).
  if (dot > 0) {
    const member = names.field(section, root.slice(dot + 1));
    if (member === null) return null;
    parts.push({ name: member });
  }
  const isList = itemListRoots.has(root);
  let fieldSection = section;
  let itemPath = [root];
  for (const [index, key] of rest.entries()) {
    itemPath = [...itemPath, key];
    if (isList && (index === 0 || rest[index - 1] === objectivesKey)) {
      // An item's id: the part before it (its list's kind) becomes the item, with its words.
      const kind = parts.pop()!;
      parts.push({ name: kind.name, item: { path: itemPath, title: itemTitle(itemPath) } });
      continue;
    }
    const name = key === objectivesKey ? names.section(objectivesKey) : names.field(fieldSection, key);
    if (name === null) return null;
    if (key === objectivesKey) fieldSection = objectivesKey;
    parts.push({ name });
  }
  return parts;
}

/** "Goal: Reads 90 words… · Baseline": an item with words is its kind, a colon and the words. */
export function joinNamedParts(parts: readonly NamedPart[]): string {
  return parts.map((part) => (part.item?.title ? `${part.name}: ${part.item.title}` : part.name)).join(' · ');
}

/** "progressSchedule" → "Progress schedule". */
export function words(key: string): string {
  const spaced = key.replace(/[._-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const englishSectionNames: Readonly<Record<string, string>> = {
  meta: 'Plan',
  title: 'Title',
  goals: 'Goal',
  supports: 'Support',
  services: 'Service',
  decisions: 'Decision',
  goalLinks: 'Goal link',
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

/**
 * The English names history stores and exports print: fixed section names, and every key in
 * words. It names anything, so a path it spells is never unnamed.
 */
export const englishPathNames: PathNames = {
  section: (root) => (Object.hasOwn(englishSectionNames, root) ? englishSectionNames[root]! : words(root)),
  field: (_section, key) => words(key),
};
