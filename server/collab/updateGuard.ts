import * as Y from 'yjs';
import { fieldLimits } from '../../shared/schema/limits';
import { authorKeys, carriesAuthorship, forgesInside, namesContributor, type Contributor } from './authorship';
import { isServerWritten } from './serverWrittenValues';
import { clientsProblem, newClientsPerUpdate } from './updateClients';
import { ContentRef, scanUpdate, TypeRef, type DeleteRange, type ScannedStruct, type StructId } from './updateScan';

/**
 * What a peer's update may do to a document, checked before Yjs applies anything:
 *
 * - only content kinds the schema writes: plain values, strings, shared types, deletions, and
 *   formatting marks inside rich text (XmlText). JSON, embeds, binaries and subdocuments
 *   never come from our clients, and each is a way around the checks below;
 * - every authorship record names the person behind the socket (id, name, role, setting);
 * - an existing authorship record is never replaced or deleted, except with its whole item;
 * - no single update inserts more text into one field than a rich-text field may hold, and no
 *   plain map value is longer than a short value;
 * - the update fits in the items the document may still take, and brings at most
 *   `newClientsPerUpdate` clients the document has not seen, within the clients it may hold.
 *
 * Where a struct goes is resolved like Yjs does it: from its parent, else from its neighbours,
 * which are in the update itself or already in the room's document. A struct whose place
 * cannot be found is refused: Yjs would hold it back and integrate it later, unchecked.
 */
export type UpdateProblem =
  | 'malformed'
  | 'too-many-items'
  | 'too-many-clients'
  | 'document-clients-full'
  | 'content-kind'
  | 'forged-author'
  | 'authorship-changed'
  | 'too-long'
  | 'unknown-place'
  | 'server-written';

export type UpdateVerdict =
  | { readonly ok: true; readonly structs: number }
  | { readonly ok: false; readonly problem: UpdateProblem; readonly detail: string };

const scanProblems: Record<'malformed' | 'too-many-items' | 'too-many-clients', string> = {
  malformed: 'update does not decode',
  'too-many-items': 'document item limit reached',
  'too-many-clients': 'update lists more clients than the document and one update may hold',
};

/** Any shared type of a document (Y's own typings spell it with `any`). */
type SharedType = ReturnType<Y.Doc['get']>;

type Parent =
  | { readonly kind: 'doc'; readonly type: SharedType }
  | { readonly kind: 'new'; readonly struct: ScannedStruct }
  | { readonly kind: 'root'; readonly name: string }
  | { readonly kind: 'gone' };

interface Placement {
  readonly parent: Parent;
  readonly parentSub: string | null;
}

const refused = (problem: UpdateProblem, detail: string): UpdateVerdict => ({ ok: false, problem, detail });

const forbiddenRefs = new Map<number, string>([
  [ContentRef.json, 'JSON content'],
  [ContentRef.binary, 'binary content'],
  [ContentRef.embed, 'an embed'],
  [ContentRef.doc, 'a subdocument'],
]);

/** Structs of the update, per client sorted by clock, to find the one holding an id. */
class UpdateIndex {
  private readonly byClient = new Map<number, ScannedStruct[]>();

  constructor(structs: readonly ScannedStruct[]) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.client, [struct]);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.clock - b.clock);
  }

  find(id: StructId): ScannedStruct | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid]!;
      if (id.clock < struct.clock) high = mid - 1;
      else if (id.clock >= struct.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return null;
  }
}

/** The struct of the room's document holding an id, or null if the document does not have it. */
function findInDoc(doc: Y.Doc, id: StructId): Y.Item | Y.GC | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  return Y.getItem(doc.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC;
}

function deletedByUpdate(deletes: readonly DeleteRange[], id: Y.ID): boolean {
  return deletes.some((range) => range.client === id.client && id.clock >= range.clock && id.clock < range.clock + range.length);
}

export class UpdateGuard {
  private readonly index: UpdateIndex;
  private readonly placements = new Map<ScannedStruct, Placement | null>();

  private constructor(
    private readonly doc: Y.Doc,
    private readonly structs: readonly ScannedStruct[],
    private readonly deletes: readonly DeleteRange[],
    private readonly contributor: Contributor | null,
  ) {
    this.index = new UpdateIndex(structs);
  }

  /**
   * Checks an update against the room's document. `itemBudget` is how many more structs the
   * document may take; `contributor` is null for sockets that are not identified.
   */
  static inspect(doc: Y.Doc, update: Uint8Array, contributor: Contributor | null, itemBudget: number, maxDocumentClients: number): UpdateVerdict {
    // Each part of an update lists a client at most once, and only the document's own
    // clients and new ones can be in it.
    const scan = scanUpdate(update, Math.max(0, itemBudget), doc.store.clients.size + newClientsPerUpdate);
    if (!scan.ok) return refused(scan.problem, scanProblems[scan.problem]);
    const guard = new UpdateGuard(doc, scan.structs, scan.deletes, contributor);
    return guard.checkClients(maxDocumentClients) ?? guard.checkStructs() ?? guard.checkDeletes() ?? { ok: true, structs: scan.structs.length };
  }

  private checkClients(maxDocumentClients: number): UpdateVerdict | null {
    const problem = clientsProblem(this.doc, [...this.structs, ...this.deletes], maxDocumentClients);
    return problem ? refused(problem.problem, problem.detail) : null;
  }

  private checkStructs(): UpdateVerdict | null {
    const textPerParent = new Map<unknown, number>();
    for (const struct of this.structs) {
      if (struct.ref === ContentRef.gc || struct.ref === ContentRef.skip) continue;
      // Already in the document: Yjs skips it, so there is nothing to check.
      if (struct.clock + struct.length <= Y.getState(this.doc.store, struct.client)) continue;
      const kind = forbiddenRefs.get(struct.ref);
      if (kind) return refused('content-kind', `${kind} is not part of any document`);

      const placement = this.placementOf(struct);
      if (!placement) return refused('unknown-place', 'update refers to content the document does not have');
      if (placement.parent.kind === 'gone') continue; // its parent was collected: Yjs drops it

      if (struct.ref === ContentRef.format) {
        if (!this.isType(placement.parent, Y.XmlText, TypeRef.xmlText)) return refused('content-kind', 'formatting outside rich text');
        if (exceeds(struct.formatValue, fieldLimits.typedText)) return refused('too-long', 'formatting value too long');
      }
      if (struct.ref === ContentRef.string) {
        const key = this.parentKey(placement.parent);
        const total = (textPerParent.get(key) ?? 0) + struct.stringLength;
        if (total > fieldLimits.richText) return refused('too-long', `more than ${fieldLimits.richText} characters inserted into one field`);
        textPerParent.set(key, total);
      }
      if (struct.values?.some(holdsBinary)) return refused('content-kind', 'binary content inside a value');
      if (struct.values?.some((value) => forgesInside(value, this.contributor))) {
        return refused('forged-author', 'authorship record names someone else');
      }
      const problem = placement.parentSub === null ? this.checkListValues(struct) : this.checkMapEntry(struct, placement.parent, placement.parentSub);
      if (problem) return problem;
    }
    return null;
  }

  private checkListValues(struct: ScannedStruct): UpdateVerdict | null {
    if (struct.values?.some((value) => exceeds(value, fieldLimits.typedText))) return refused('too-long', 'value too long');
    return null;
  }

  private checkMapEntry(struct: ScannedStruct, parent: Parent, key: string): UpdateVerdict | null {
    const place = parent.kind === 'root' ? { name: parent.name } : parent.kind === 'doc' ? { type: parent.type } : null;
    if (place && isServerWritten(this.doc, place, key)) return refused('server-written', `"${key}" is changed through the server, not in the document`);
    // An authorship record, or a record carrying one (a data point), is written once with its
    // item: nothing may replace it while it stands.
    if (parent.kind === 'doc' || parent.kind === 'root') {
      const type = parent.kind === 'doc' ? parent.type : this.doc.share.get(parent.name);
      const current = type?._map.get(key);
      const holdsRecord = current?.content instanceof Y.ContentAny && current.content.arr.some(carriesAuthorship);
      if (current && !current.deleted && (authorKeys.has(key) || holdsRecord)) {
        return refused('authorship-changed', `"${key}" already records who made it`);
      }
    }
    if (authorKeys.has(key)) {
      if (struct.ref === ContentRef.deleted) return null; // a new item already deleted again
      if (struct.ref !== ContentRef.any) return refused('forged-author', `"${key}" must be an authorship record`);
      if (this.contributor && !struct.values!.every((value) => namesContributor(value, this.contributor!))) {
        return refused('forged-author', 'authorship record names someone else');
      }
      return null;
    }
    // Plain values in maps are short (dates, enums, ids, order keys), except the notes people
    // type as plain strings (a goal link's `note`, a support's `note.<setting>`); records hold
    // sentences; element attributes (links) may be longer.
    const short = (this.isType(parent, Y.Map, TypeRef.map) || parent.kind === 'root') && !isNoteKey(key);
    for (const value of struct.values ?? []) {
      if (typeof value === 'string' && short ? value.length > fieldLimits.shortValue : exceeds(value, fieldLimits.typedText)) {
        return refused('too-long', `value of "${key}" too long`);
      }
    }
    return null;
  }

  /** Deleting an authorship record is refused unless its item goes with it; a value the server writes, always. */
  private checkDeletes(): UpdateVerdict | null {
    for (const range of this.deletes) {
      const state = Y.getState(this.doc.store, range.client);
      if (range.clock >= state || range.length === 0) continue;
      const structs = this.doc.store.clients.get(range.client)!;
      const end = Math.min(range.clock + range.length, state);
      for (let i = Y.findIndexSS(structs, range.clock); i < structs.length && structs[i]!.id.clock < end; i += 1) {
        const struct = structs[i]!;
        if (struct instanceof Y.Item && !struct.deleted && isServerWritten(this.doc, { type: struct.parent as SharedType }, struct.parentSub)) {
          return refused('server-written', `deletes "${struct.parentSub}", which is changed through the server`);
        }
        if (!(struct instanceof Y.Item) || struct.deleted || struct.parentSub === null || !authorKeys.has(struct.parentSub)) continue;
        const owner = (struct.parent as SharedType)._item;
        if (owner && (owner.deleted || deletedByUpdate(this.deletes, owner.id))) continue;
        return refused('authorship-changed', `deletes "${struct.parentSub}" of an item that stays`);
      }
    }
    return null;
  }

  private isType(parent: Parent, docType: abstract new (...args: never[]) => unknown, typeRef: number): boolean {
    if (parent.kind === 'doc') return parent.type instanceof docType;
    if (parent.kind === 'new') return parent.struct.typeRef === typeRef;
    return false;
  }

  private parentKey(parent: Parent): unknown {
    if (parent.kind === 'doc') return parent.type;
    if (parent.kind === 'new') return parent.struct;
    return parent.kind === 'root' ? `root:${parent.name}` : parent;
  }

  /** Where a struct goes, following neighbours through the update; null if not found. */
  private placementOf(start: ScannedStruct): Placement | null {
    const chain: ScannedStruct[] = [];
    let current = start;
    let result: Placement | null;
    for (;;) {
      const known = this.placements.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(current);
      if (current.origin === null && current.rightOrigin === null) {
        result = this.direct(current);
        break;
      }
      // Both neighbours must exist (Yjs waits for both); the parent comes from the right one
      // when there is one, as in Yjs's Item.getMissing.
      const left = current.origin ? this.locate(current.origin) : 'none';
      const right = current.rightOrigin ? this.locate(current.rightOrigin) : 'none';
      if (left === null || right === null) {
        result = null;
        break;
      }
      const neighbour = right !== 'none' ? right : left;
      if (neighbour === 'none') {
        result = null;
        break;
      }
      if (neighbour instanceof Y.GC || (!(neighbour instanceof Y.Item) && neighbour.ref === ContentRef.gc)) {
        result = { parent: { kind: 'gone' }, parentSub: null };
        break;
      }
      if (neighbour instanceof Y.Item) {
        result = { parent: { kind: 'doc', type: neighbour.parent as SharedType }, parentSub: neighbour.parentSub };
        break;
      }
      if (chain.length > this.structs.length) {
        result = null; // neighbours that point in a circle never integrate
        break;
      }
      current = neighbour;
    }
    for (const struct of chain) this.placements.set(struct, result);
    return result;
  }

  private locate(id: StructId): ScannedStruct | Y.Item | Y.GC | null {
    return this.index.find(id) ?? findInDoc(this.doc, id);
  }

  private direct(struct: ScannedStruct): Placement | null {
    if (struct.parentRoot !== null) {
      const root = this.doc.share.get(struct.parentRoot);
      return { parent: root ? { kind: 'doc', type: root } : { kind: 'root', name: struct.parentRoot }, parentSub: struct.parentSub };
    }
    if (struct.parentId === null) return null;
    const parent = this.locate(struct.parentId);
    if (parent === null) return null;
    if (parent instanceof Y.GC) return { parent: { kind: 'gone' }, parentSub: null };
    if (parent instanceof Y.Item) {
      if (!(parent.content instanceof Y.ContentType)) return parent.deleted ? { parent: { kind: 'gone' }, parentSub: null } : null;
      return { parent: { kind: 'doc', type: parent.content.type }, parentSub: struct.parentSub };
    }
    if (parent.ref === ContentRef.gc || parent.ref === ContentRef.deleted) return { parent: { kind: 'gone' }, parentSub: null };
    if (parent.ref !== ContentRef.type) return null;
    return { parent: { kind: 'new', struct: parent }, parentSub: struct.parentSub };
  }
}

/** Map keys whose plain string values are sentences (see shared/schema/links.ts, supports.ts). */
const isNoteKey = (key: string): boolean => key === 'note' || key.startsWith('note.');

/** Our clients write binaries as ContentBinary (refused), never inside plain values. */
function holdsBinary(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (ArrayBuffer.isView(value) || depth > 16) return true;
  return Object.values(value).some((entry) => holdsBinary(entry, depth + 1));
}

/** True if a value is, or holds (at any depth), a string longer than `max`. */
function exceeds(value: unknown, max: number, depth = 0): boolean {
  if (typeof value === 'string') return value.length > max;
  if (typeof value !== 'object' || value === null || depth > 16) return false;
  return Object.values(value).some((entry) => exceeds(entry, max, depth + 1));
}
