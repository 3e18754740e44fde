import * as decoding from 'lib0/decoding';

/**
 * A read of a Yjs (v1) update that builds no Yjs objects: per struct, where it goes (parent,
 * map key, neighbours) and what kind of content it carries. The room inspects this before
 * Yjs sees the update, and stops reading as soon as the update has more structs than the
 * document may still take, so a hostile update costs at most its own budget.
 *
 * The format is Yjs's UpdateEncoderV1 (yjs/src/utils/UpdateEncoder.js, encoding.js,
 * Item.js `readItemContent`); y-websocket sends only v1.
 */
export const ContentRef = {
  gc: 0,
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
  skip: 10,
} as const;

/** Yjs type refs (yjs/src/types/AbstractType.js): what a ContentType creates. */
export const TypeRef = { array: 0, map: 1, text: 2, xmlElement: 3, xmlFragment: 4, xmlHook: 5, xmlText: 6 } as const;

export interface StructId {
  readonly client: number;
  readonly clock: number;
}

export interface ScannedStruct {
  readonly client: number;
  readonly clock: number;
  readonly length: number;
  readonly ref: number;
  readonly origin: StructId | null;
  readonly rightOrigin: StructId | null;
  /** Set only when the struct has no neighbours: a root type's name or its parent type's id. */
  readonly parentRoot: string | null;
  readonly parentId: StructId | null;
  /** The map key, when the struct has no neighbours (a first write to that key). */
  readonly parentSub: string | null;
  /** ContentAny values. */
  readonly values: readonly unknown[] | null;
  /** ContentString length in UTF-16 code units, as Yjs and the field limits count it. */
  readonly stringLength: number;
  /** ContentType: which type it creates. */
  readonly typeRef: number | null;
  /** ContentFormat: the attribute value. */
  readonly formatValue: unknown;
}

export interface DeleteRange {
  readonly client: number;
  readonly clock: number;
  readonly length: number;
}

export type ScanResult =
  | { readonly ok: true; readonly structs: ScannedStruct[]; readonly deletes: DeleteRange[] }
  | { readonly ok: false; readonly problem: 'too-many-items' | 'too-many-clients' | 'malformed' };

const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
const BITS5 = 31;

const readId = (decoder: decoding.Decoder): StructId => ({ client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder) });

interface Content {
  length: number;
  values: unknown[] | null;
  stringLength: number;
  typeRef: number | null;
  formatValue: unknown;
}

function readContent(decoder: decoding.Decoder, ref: number): Content {
  const content: Content = { length: 1, values: null, stringLength: 0, typeRef: null, formatValue: undefined };
  switch (ref) {
    case ContentRef.deleted:
      content.length = decoding.readVarUint(decoder);
      return content;
    case ContentRef.json: {
      content.length = decoding.readVarUint(decoder);
      for (let i = 0; i < content.length; i += 1) decoding.readVarString(decoder);
      return content;
    }
    case ContentRef.binary:
      decoding.readVarUint8Array(decoder);
      return content;
    case ContentRef.string: {
      const text = decoding.readVarString(decoder);
      content.length = text.length;
      content.stringLength = text.length;
      return content;
    }
    case ContentRef.embed:
      decoding.readVarString(decoder);
      return content;
    case ContentRef.format:
      decoding.readVarString(decoder);
      content.formatValue = JSON.parse(decoding.readVarString(decoder)) as unknown;
      return content;
    case ContentRef.type: {
      content.typeRef = decoding.readVarUint(decoder);
      if (content.typeRef === TypeRef.xmlElement || content.typeRef === TypeRef.xmlHook) decoding.readVarString(decoder);
      return content;
    }
    case ContentRef.any: {
      content.length = decoding.readVarUint(decoder);
      content.values = [];
      for (let i = 0; i < content.length; i += 1) content.values.push(decoding.readAny(decoder));
      return content;
    }
    case ContentRef.doc:
      decoding.readVarString(decoder);
      decoding.readAny(decoder);
      return content;
    default:
      throw new Error(`unknown content ref ${ref}`);
  }
}

/**
 * Reads an update's structs and delete set. `maxItems` bounds both the structs and the
 * deleted ranges read; past it the scan stops with 'too-many-items'. `maxClients` bounds the
 * clients each part lists, read before anything else, so an update naming a hundred
 * thousand made-up clients is refused for the cost of reading one number.
 */
export function scanUpdate(update: Uint8Array, maxItems: number, maxClients: number): ScanResult {
  try {
    const decoder = decoding.createDecoder(update);
    const structs: ScannedStruct[] = [];
    const clients = decoding.readVarUint(decoder);
    if (clients > maxClients) return { ok: false, problem: 'too-many-clients' };
    for (let c = 0; c < clients; c += 1) {
      const count = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      if (structs.length + count > maxItems) return { ok: false, problem: 'too-many-items' };
      for (let i = 0; i < count; i += 1) {
        const info = decoding.readUint8(decoder);
        const ref = info & BITS5;
        if (ref === ContentRef.gc || ref === ContentRef.skip) {
          const length = decoding.readVarUint(decoder);
          structs.push({ client, clock, length, ref, origin: null, rightOrigin: null, parentRoot: null, parentId: null, parentSub: null, values: null, stringLength: 0, typeRef: null, formatValue: undefined });
          clock += length;
          continue;
        }
        const origin = (info & BIT8) === BIT8 ? readId(decoder) : null;
        const rightOrigin = (info & BIT7) === BIT7 ? readId(decoder) : null;
        const hasParentInfo = (info & (BIT7 | BIT8)) === 0;
        let parentRoot: string | null = null;
        let parentId: StructId | null = null;
        if (hasParentInfo) {
          if (decoding.readVarUint(decoder) === 1) parentRoot = decoding.readVarString(decoder);
          else parentId = readId(decoder);
        }
        const parentSub = hasParentInfo && (info & BIT6) === BIT6 ? decoding.readVarString(decoder) : null;
        const content = readContent(decoder, ref);
        structs.push({ client, clock, ref, origin, rightOrigin, parentRoot, parentId, parentSub, ...content });
        clock += content.length;
      }
    }
    const deletes: DeleteRange[] = [];
    const deleteClients = decoding.readVarUint(decoder);
    if (deleteClients > maxClients) return { ok: false, problem: 'too-many-clients' };
    for (let c = 0; c < deleteClients; c += 1) {
      const client = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      if (deletes.length + count > maxItems) return { ok: false, problem: 'too-many-items' };
      for (let i = 0; i < count; i += 1) {
        deletes.push({ client, clock: decoding.readVarUint(decoder), length: decoding.readVarUint(decoder) });
      }
    }
    return { ok: true, structs, deletes };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
