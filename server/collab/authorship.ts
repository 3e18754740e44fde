import { roleDefinitions, type Role } from '../../shared/roles';

/** Who a socket belongs to, as far as the contributions it sends may claim. */
export interface Contributor {
  readonly userId: string;
  readonly role: Role;
  /** The signed-in name: the only one their contributions and presence may show. */
  readonly name: string;
}

/** The keys under which the schema records who made a contribution (see shared/schema). */
export const authorKeys: ReadonlySet<string> = new Set(['createdBy', 'recordedBy']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deeper than any record the schema writes; a value nested further is refused, not walked. */
const maxDepth = 16;

/** True if `claim` is an authorship record naming exactly this person, role, setting and name. */
export function namesContributor(claim: unknown, contributor: Contributor): boolean {
  return (
    isRecord(claim) &&
    claim.userId === contributor.userId &&
    claim.name === contributor.name &&
    claim.role === contributor.role &&
    claim.setting === roleDefinitions[contributor.role].setting
  );
}

/** True if a stored value is a record that carries an authorship record (e.g. a data point). */
export function carriesAuthorship(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key of authorKeys) if (key in value) return true;
  return false;
}

/**
 * True if any authorship record inside `value` (at any depth) names someone other than the
 * contributor. With no contributor (sockets that are not identified) nothing can be checked,
 * so nothing is claimed.
 */
export function forgesInside(value: unknown, contributor: Contributor | null, depth = 0): boolean {
  if (contributor === null || typeof value !== 'object' || value === null) return false;
  if (depth > maxDepth) return true;
  if (Array.isArray(value)) return value.some((entry) => forgesInside(entry, contributor, depth + 1));
  const record = value as Record<string, unknown>;
  for (const [key, entry] of Object.entries(record)) {
    if (authorKeys.has(key) && !namesContributor(entry, contributor)) return true;
    if (forgesInside(entry, contributor, depth + 1)) return true;
  }
  return false;
}
