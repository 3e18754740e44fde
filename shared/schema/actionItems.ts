import * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readBoolean, readString, readTextField } from './read';
import { replaceText, type Writer } from './writer';

/**
 * Action items from a meeting: what, who, by when, done. The text is a Y.Text (typed live);
 * owner and due date are plain values picked from the member list and a date input, written
 * as separate keys so reassigning and rescheduling at once both stick.
 */
export const actionItemKeys = {
  text: 'text',
  ownerUserId: 'ownerUserId',
  ownerName: 'ownerName',
  due: 'due',
  done: 'done',
} as const;

export interface ActionItemOwner {
  readonly userId: string;
  readonly name: string;
}

export interface ActionItemView {
  readonly id: string;
  readonly text: string;
  readonly owner: ActionItemOwner | null;
  /** ISO date (`YYYY-MM-DD`), or '' when not set. */
  readonly due: string;
  readonly done: boolean;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface ActionItemInput {
  readonly text?: string;
  /** null clears the owner. */
  readonly owner?: ActionItemOwner | null;
  readonly due?: string;
  readonly done?: boolean;
}

function readActionItem(item: Y.Map<unknown>, meta: ItemMeta): ActionItemView {
  const userId = readString(item, actionItemKeys.ownerUserId);
  return {
    id: meta.id,
    text: readTextField(item, actionItemKeys.text),
    owner: userId === '' ? null : { userId, name: readString(item, actionItemKeys.ownerName) },
    due: readString(item, actionItemKeys.due),
    done: readBoolean(item, actionItemKeys.done),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

function writeFields(item: Y.Map<unknown>, input: ActionItemInput): void {
  if (input.owner !== undefined) {
    item.set(actionItemKeys.ownerUserId, input.owner?.userId ?? '');
    item.set(actionItemKeys.ownerName, input.owner?.name ?? '');
  }
  if (input.due !== undefined) item.set(actionItemKeys.due, input.due);
  if (input.done !== undefined) item.set(actionItemKeys.done, input.done);
}

export class ActionItems {
  private readonly items: Collection<ActionItemView, 'text'>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: ['text'], fragmentFields: [], read: readActionItem });
  }

  list(): ActionItemView[] {
    return this.items.list();
  }

  get(id: string): ActionItemView | null {
    return this.items.get(id);
  }

  add(input: ActionItemInput, author: Author): string {
    const id = this.items.create(author, (item) => {
      const text = item.get(actionItemKeys.text);
      if (text instanceof Y.Text && input.text) text.insert(0, input.text);
      writeFields(item, { done: false, ...input });
    });
    if (id === null) throw new Error('The action items map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: ActionItemInput): boolean {
    return this.items.mutate(id, (item) => {
      writeFields(item, patch);
      if (patch.text === undefined) return;
      const text = this.items.text(id, 'text');
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
    return this.items.text(id, 'text');
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
