import * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { replaceText, type Writer } from './writer';

/** The key of the one live text every such item carries. */
export const itemTextKey = 'text';

/**
 * An ordered list of items whose main content is one short live text typed together during a
 * meeting (decisions, agenda items, action items), plus a few plain fields. Each list says how
 * to read an item and how to write its plain fields; ordering, the text and observing are here.
 */
export abstract class TextItemList<V, I extends { readonly text?: string }> {
  private readonly items: Collection<V, 'text'>;

  constructor(
    writer: Writer,
    root: Y.Map<unknown>,
    read: (item: Y.Map<unknown>, meta: ItemMeta) => V,
  ) {
    this.items = new Collection(writer, () => root, root, { textFields: [itemTextKey], fragmentFields: [], read });
  }

  /** Writes the plain fields of `input`; `creating` is true when the item is new (for defaults). */
  protected abstract writeFields(item: Y.Map<unknown>, input: I, creating: boolean): void;

  list(): V[] {
    return this.items.list();
  }

  get(id: string): V | null {
    return this.items.get(id);
  }

  /** `fixedId` makes the add idempotent: the same item carried over twice is one item. */
  add(input: I, author: Author, fixedId?: string): string {
    const id = this.items.create(
      author,
      (item) => {
        const text = item.get(itemTextKey);
        if (text instanceof Y.Text && input.text) text.insert(0, input.text);
        this.writeFields(item, input, true);
      },
      fixedId,
    );
    if (id === null) throw new Error('The list is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: I): boolean {
    return this.items.mutate(id, (item) => {
      this.writeFields(item, patch, false);
      if (patch.text === undefined) return;
      const text = this.items.text(id, itemTextKey);
      if (text) replaceText(text, patch.text);
    });
  }

  move(id: string, toIndex: number): boolean {
    return this.items.move(id, toIndex);
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  text(id: string): Y.Text | null {
    return this.items.text(id, itemTextKey);
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
