import * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { readBoolean, readTextField } from './read';
import { replaceText, type Writer } from './writer';

/**
 * A meeting's agenda: ordered items, each a short Y.Text (the team drafts the agenda together
 * before the meeting) and a "covered" tick the facilitator sets as the meeting goes.
 */
export const agendaKeys = {
  text: 'text',
  covered: 'covered',
} as const;

export interface AgendaItemView {
  readonly id: string;
  readonly text: string;
  readonly covered: boolean;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface AgendaItemInput {
  readonly text?: string;
  readonly covered?: boolean;
}

function readAgendaItem(item: Y.Map<unknown>, meta: ItemMeta): AgendaItemView {
  return {
    id: meta.id,
    text: readTextField(item, agendaKeys.text),
    covered: readBoolean(item, agendaKeys.covered),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class Agenda {
  private readonly items: Collection<AgendaItemView, 'text'>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: ['text'], fragmentFields: [], read: readAgendaItem });
  }

  list(): AgendaItemView[] {
    return this.items.list();
  }

  add(input: AgendaItemInput, author: Author): string {
    const id = this.items.create(author, (item) => {
      const text = item.get(agendaKeys.text);
      if (text instanceof Y.Text && input.text) text.insert(0, input.text);
      item.set(agendaKeys.covered, input.covered ?? false);
    });
    if (id === null) throw new Error('The agenda map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: AgendaItemInput): boolean {
    return this.items.mutate(id, (item) => {
      if (patch.covered !== undefined) item.set(agendaKeys.covered, patch.covered);
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
