import * as Y from 'yjs';
import { roleDefinitions, type Role } from '../../shared/roles';

/** Who a socket belongs to, as far as the contributions it sends may claim. */
export interface Contributor {
  readonly userId: string;
  readonly role: Role;
  /** The signed-in name, the only one their presence may show. */
  readonly name: string;
}

/** The keys under which the schema records who made a contribution (see shared/schema). */
const authorKeys = new Set(['createdBy', 'recordedBy']);
const authorKeyBytes = [...authorKeys].map((key) => Buffer.from(key, 'utf8'));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function matches(claim: unknown, contributor: Contributor): boolean {
  if (!isRecord(claim)) return true; // not an authorship record; the schema ignores it on read
  return claim.userId === contributor.userId && claim.role === contributor.role && claim.setting === roleDefinitions[contributor.role].setting;
}

/**
 * Every contribution records who made it and from which setting (FERPA/HIPAA provenance), and
 * that record is written by the client. Before an update is applied, this looks inside it for
 * authorship records and checks each names the person behind the socket, with their role and
 * setting: nobody can put words in a colleague's mouth. Updates that only edit existing items
 * carry no authorship records and pass untouched.
 */
export function forgesAuthorship(update: Uint8Array, contributor: Contributor): boolean {
  // Keys and object fields are written as plain UTF-8 in an update: one without these words
  // (nearly every keystroke) cannot carry an authorship record and needs no decoding.
  const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  if (!authorKeyBytes.some((key) => bytes.includes(key))) return false;
  const { structs } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    for (const value of struct.content.arr) {
      if (struct.parentSub !== null && authorKeys.has(struct.parentSub) && !matches(value, contributor)) return true;
      if (!isRecord(value)) continue;
      for (const key of authorKeys) {
        if (key in value && !matches(value[key], contributor)) return true;
      }
    }
  }
  return false;
}
