import type { PathNames } from '../pathNames';

/** One message of a catalog by its dotted key; null when the catalog has no such message. */
export type CatalogLookup = (key: string) => string | null;

/**
 * Looks messages up in a catalog object. Path keys come from the document, which anyone on
 * the team can write, so only the catalog's own entries count ("constructor" is no message).
 */
export function catalogLookup(catalog: unknown): CatalogLookup {
  return (key) => {
    let node: unknown = catalog;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string' ? node : null;
  };
}

type MemberKey = (member: string) => string;
const vocabulary =
  (group: string): MemberKey =>
  (member) =>
    `vocabulary.${group}.${member}`;
const place: MemberKey = (member) => `places.${member}`;
const role: MemberKey = (member) => `roles.${member}.label`;

/**
 * Keys that join a field and a member of a fixed vocabulary, named by both: 'setting.school'
 * (a goal worked on at school), 'status.clinic' (how a support is used at the clinic),
 * 'braille.considered' (a special factor the team considered).
 */
const memberFields: Readonly<Record<string, Readonly<Record<string, MemberKey>>>> = {
  goals: { setting: place, role },
  supports: { used: place, status: place, note: place },
  student: { category: vocabulary('eligibilityCategory') },
  specialFactors: { considered: vocabulary('specialFactor') },
  presentLevelAreas: { shown: vocabulary('goalArea'), order: vocabulary('goalArea') },
};

/** Roots kept one per area or factor (`presentLevel.reading`): the member alone names them. */
const memberRoots: Readonly<Record<string, MemberKey>> = {
  presentLevel: vocabulary('goalArea'),
  specialFactorNote: vocabulary('specialFactor'),
};

/**
 * The plan's field names from a reader's catalog (`fieldNames.*`, with areas, places, roles
 * and the other fixed vocabularies from their own entries), so a path is named in the words
 * the rest of the page uses. A key the catalog has no name for is null, never English.
 */
export function catalogPathNames(lookup: CatalogLookup): PathNames {
  const fieldName = (section: string, key: string) => lookup(`fieldNames.fields.${section}.${key}`);
  const both = (first: string | null, second: string | null) => (first !== null && second !== null ? `${first} · ${second}` : null);
  return {
    section: (root) => lookup(`fieldNames.sections.${root}`),
    field: (section, key) => {
      if (Object.hasOwn(memberRoots, section)) return lookup(memberRoots[section]!(key));
      const dot = key.indexOf('.');
      if (dot < 0) return fieldName(section, key);
      const [before, after] = [key.slice(0, dot), key.slice(dot + 1)];
      const members = Object.hasOwn(memberFields, section) ? memberFields[section]! : {};
      if (Object.hasOwn(members, before)) return both(fieldName(section, before), lookup(members[before]!(after)));
      if (Object.hasOwn(members, after)) return both(lookup(members[after]!(before)), fieldName(section, after));
      return null;
    },
  };
}
