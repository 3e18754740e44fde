import * as Y from 'yjs';
import { authorValue, readAuthor, type Author } from './author';
import { newId } from './ids';
import { compareOrderKeys, isOrderKey, keyBetween } from './orderKey';
import { readString } from './read';
import { ensureFragment, ensureText, type Writer } from './writer';

/**
 * An ordered collection of items: a Y.Map from id to one Y.Map per item, each item carrying
 * its own fractional order key.
 *
 * Why not a Y.Array of items: a Yjs array cannot move an element, so reordering would mean
 * delete + re-insert of a copy, and a colleague typing into the moved goal at that moment
 * would type into the deleted original and lose their words. Keyed by id, a move rewrites one
 * string (`order`) and never touches content; concurrent moves of one item are last-writer-wins
 * on that key (one position, no duplicate); a removed item is gone from the map, so edits made
 * concurrently inside it are dropped by Yjs with it and it cannot come back as half an item.
 */
export const itemKeys = {
  id: 'id',
  order: 'order',
  createdBy: 'createdBy',
  createdAt: 'createdAt',
} as const;

export interface ItemMeta {
  readonly id: string;
  readonly createdBy: Author | null;
  readonly createdAt: string;
}

export interface ChangeInfo {
  /** True when the change was made through this document instance (not received). */
  readonly local: boolean;
  readonly origin: unknown;
}

export type Unsubscribe = () => void;

export interface CollectionSpec<V, TextField extends string, FragmentField extends string> {
  readonly textFields: readonly TextField[];
  readonly fragmentFields: readonly FragmentField[];
  /** Builds the plain snapshot; must tolerate any missing or mistyped field. */
  read(item: Y.Map<unknown>, meta: ItemMeta): V;
}

interface Entry {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  readonly order: string;
  readonly createdAt: string;
}

function compareEntries(a: Entry, b: Entry): number {
  return compareOrderKeys(a.order, b.order) || compareOrderKeys(a.createdAt, b.createdAt) || compareOrderKeys(a.id, b.id);
}

/** The part of a Y type observeDeep needs; every Y type fits. */
export interface DeepObservable {
  observeDeep(handler: (events: unknown[], transaction: Y.Transaction) => void): void;
  unobserveDeep(handler: (events: unknown[], transaction: Y.Transaction) => void): void;
}

/** Observes a Y type deeply and reports each transaction once. */
export function observeDeep(type: DeepObservable, callback: (change: ChangeInfo) => void): Unsubscribe {
  const handler = (_events: unknown, transaction: Y.Transaction): void => {
    callback({ local: transaction.local, origin: transaction.origin });
  };
  type.observeDeep(handler);
  return () => type.unobserveDeep(handler);
}

export class Collection<V, TextField extends string = never, FragmentField extends string = never> {
  constructor(
    private readonly writer: Writer,
    /** The map holding the items; null when its owner (e.g. a removed goal) is gone. */
    private readonly container: () => Y.Map<unknown> | null,
    /** What observe() watches: the container, or a root above it. */
    private readonly watched: DeepObservable,
    private readonly spec: CollectionSpec<V, TextField, FragmentField>,
  ) {}

  /**
   * Only complete records count: a Y.Map whose stored id matches its key. Anything else (a
   * value of the wrong type, a map written by a broken client) is skipped, never half-shown.
   */
  private entries(): Entry[] {
    const container = this.container();
    if (!container) return [];
    const entries: Entry[] = [];
    for (const [id, value] of container.entries()) {
      if (!(value instanceof Y.Map)) continue;
      const item = value as Y.Map<unknown>;
      if (item.get(itemKeys.id) !== id) continue;
      const order = item.get(itemKeys.order);
      entries.push({
        id,
        item,
        order: isOrderKey(order) ? order : '',
        createdAt: readString(item, itemKeys.createdAt),
      });
    }
    return entries.sort(compareEntries);
  }

  private item(id: string): Y.Map<unknown> | null {
    const value = this.container()?.get(id);
    if (!(value instanceof Y.Map)) return null;
    const item = value as Y.Map<unknown>;
    return item.get(itemKeys.id) === id ? item : null;
  }

  private view(entry: Entry): V {
    return this.spec.read(entry.item, {
      id: entry.id,
      createdBy: readAuthor(entry.item.get(itemKeys.createdBy)),
      createdAt: entry.createdAt,
    });
  }

  list(): V[] {
    return this.entries().map((entry) => this.view(entry));
  }

  ids(): string[] {
    return this.entries().map((entry) => entry.id);
  }

  has(id: string): boolean {
    return this.item(id) !== null;
  }

  get(id: string): V | null {
    const item = this.item(id);
    if (!item) return null;
    const order = item.get(itemKeys.order);
    return this.view({ id, item, order: isOrderKey(order) ? order : '', createdAt: readString(item, itemKeys.createdAt) });
  }

  /**
   * Adds an item at the end, with every field written in the same transaction as the item
   * itself, so no peer ever receives the item without its fields. Returns null when the
   * container is gone (e.g. an objective added to a goal removed a moment ago).
   */
  create(author: Author, build: (item: Y.Map<unknown>) => void, fixedId?: string): string | null {
    return this.writer.run(() => {
      const container = this.container();
      if (!container) return null;
      const id = fixedId ?? newId();
      const last = this.entries().at(-1);
      const item = new Y.Map<unknown>();
      container.set(id, item);
      item.set(itemKeys.id, id);
      item.set(itemKeys.order, keyBetween(last?.order || null, null));
      item.set(itemKeys.createdBy, authorValue(author));
      item.set(itemKeys.createdAt, new Date().toISOString());
      for (const field of this.spec.textFields) item.set(field, new Y.Text());
      for (const field of this.spec.fragmentFields) item.set(field, new Y.XmlFragment());
      build(item);
      return id;
    });
  }

  /** Runs a write on an existing item; a missing (e.g. concurrently removed) item is a no-op. */
  mutate(id: string, write: (item: Y.Map<unknown>) => void): boolean {
    return this.writer.run(() => {
      const item = this.item(id);
      if (!item) return false;
      write(item);
      return true;
    });
  }

  /** Moves an item to `toIndex` in the current order by rewriting only its order key. */
  move(id: string, toIndex: number): boolean {
    return this.writer.run(() => {
      const entries = this.entries();
      const from = entries.findIndex((entry) => entry.id === id);
      const moving = entries[from];
      if (!moving) return false;
      const others = entries.filter((entry) => entry.id !== id);
      const index = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
      if (index === from) return true;
      const before = others[index - 1]?.order || null;
      const after = others[index]?.order || null;
      moving.item.set(itemKeys.order, keyBetween(before, after));
      return true;
    });
  }

  remove(id: string): boolean {
    return this.writer.run(() => {
      const container = this.container();
      if (!container || !this.item(id)) return false;
      container.delete(id);
      return true;
    });
  }

  /** The live Y.Text of a short text field, for binding an input; null when the item is gone. */
  text(id: string, field: TextField): Y.Text | null {
    const item = this.item(id);
    if (!item) return null;
    const value = item.get(field);
    if (value instanceof Y.Text) return value;
    return this.writer.run(() => ensureText(item, field));
  }

  /** The live Y.XmlFragment of a rich-text field, for binding a Tiptap editor. */
  fragment(id: string, field: FragmentField): Y.XmlFragment | null {
    const item = this.item(id);
    if (!item) return null;
    const value = item.get(field);
    if (value instanceof Y.XmlFragment) return value;
    return this.writer.run(() => ensureFragment(item, field));
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return observeDeep(this.watched, callback);
  }
}
