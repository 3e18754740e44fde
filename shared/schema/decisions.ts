import * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readString, readTextField } from './read';
import { replaceText, type Writer } from './writer';

/**
 * Team decisions, in the order the team made them: used by the plan and by each meeting.
 * The text is a Y.Text because decisions are typed during the meeting, often by two people
 * at once. `decidedAt` is an ISO timestamp, defaulting to when it was recorded.
 */
export const decisionKeys = {
  text: 'text',
  decidedAt: 'decidedAt',
} as const;

export interface DecisionView {
  readonly id: string;
  readonly text: string;
  readonly decidedAt: string;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface DecisionInput {
  readonly text?: string;
  readonly decidedAt?: string;
}

export type DecisionPatch = DecisionInput;

function readDecision(item: Y.Map<unknown>, meta: ItemMeta): DecisionView {
  return {
    id: meta.id,
    text: readTextField(item, decisionKeys.text),
    decidedAt: readString(item, decisionKeys.decidedAt, meta.createdAt),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class Decisions {
  private readonly items: Collection<DecisionView, 'text'>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: ['text'], fragmentFields: [], read: readDecision });
  }

  list(): DecisionView[] {
    return this.items.list();
  }

  get(id: string): DecisionView | null {
    return this.items.get(id);
  }

  add(input: DecisionInput, author: Author): string {
    const id = this.items.create(author, (item) => {
      const text = item.get(decisionKeys.text);
      if (text instanceof Y.Text && input.text) text.insert(0, input.text);
      item.set(decisionKeys.decidedAt, input.decidedAt ?? new Date().toISOString());
    });
    if (id === null) throw new Error('The decisions map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: DecisionPatch): boolean {
    return this.items.mutate(id, (item) => {
      if (patch.decidedAt !== undefined) item.set(decisionKeys.decidedAt, patch.decidedAt);
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
