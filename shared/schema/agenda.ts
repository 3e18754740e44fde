import * as Y from 'yjs';
import type { ItemMeta } from './collection';
import { readBoolean, readTextField } from './read';
import { TextItemList } from './textItemList';
import type { Writer } from './writer';

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

export class Agenda extends TextItemList<AgendaItemView, AgendaItemInput> {
  constructor(writer: Writer, root: Y.Map<unknown>) {
    super(writer, root, readAgendaItem);
  }

  protected writeFields(item: Y.Map<unknown>, input: AgendaItemInput, creating: boolean): void {
    if (input.covered !== undefined) item.set(agendaKeys.covered, input.covered);
    else if (creating) item.set(agendaKeys.covered, false);
  }
}
