import * as Y from 'yjs';
import type { ItemMeta } from './collection';
import { readBoolean, readString, readTextField } from './read';
import { TextItemList } from './textItemList';
import type { Writer } from './writer';

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

function writeActionFields(item: Y.Map<unknown>, input: ActionItemInput): void {
  if (input.owner !== undefined) {
    item.set(actionItemKeys.ownerUserId, input.owner?.userId ?? '');
    item.set(actionItemKeys.ownerName, input.owner?.name ?? '');
  }
  if (input.due !== undefined) item.set(actionItemKeys.due, input.due);
  if (input.done !== undefined) item.set(actionItemKeys.done, input.done);
}

export class ActionItems extends TextItemList<ActionItemView, ActionItemInput> {
  constructor(writer: Writer, root: Y.Map<unknown>) {
    super(writer, root, readActionItem);
  }

  protected writeFields(item: Y.Map<unknown>, input: ActionItemInput, creating: boolean): void {
    writeActionFields(item, creating ? { done: false, ...input } : input);
  }
}
