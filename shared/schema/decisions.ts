import * as Y from 'yjs';
import type { ItemMeta } from './collection';
import { readOptionalString, readString, readTextField } from './read';
import { TextItemList } from './textItemList';
import type { Writer } from './writer';

/**
 * Team decisions, in the order the team made them: used by the plan and by each meeting.
 * The text is a Y.Text because decisions are typed during the meeting, often by two people
 * at once. `decidedAt` is an ISO timestamp, defaulting to when it was recorded.
 */
export const decisionKeys = {
  text: 'text',
  decidedAt: 'decidedAt',
  /** On a plan decision carried over from a meeting: that meeting's id. */
  meetingId: 'meetingId',
} as const;

export interface DecisionView {
  readonly id: string;
  readonly text: string;
  readonly decidedAt: string;
  /** The meeting that agreed it, when it was carried over from a meeting's decisions. */
  readonly meetingId?: string;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface DecisionInput {
  readonly text?: string;
  readonly decidedAt?: string;
  readonly meetingId?: string;
}

export type DecisionPatch = DecisionInput;

function readDecision(item: Y.Map<unknown>, meta: ItemMeta): DecisionView {
  const meetingId = readOptionalString(item, decisionKeys.meetingId);
  return {
    id: meta.id,
    text: readTextField(item, decisionKeys.text),
    decidedAt: readString(item, decisionKeys.decidedAt, meta.createdAt),
    ...(meetingId === undefined ? {} : { meetingId }),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class Decisions extends TextItemList<DecisionView, DecisionPatch> {
  constructor(writer: Writer, root: Y.Map<unknown>) {
    super(writer, root, readDecision);
  }

  protected writeFields(item: Y.Map<unknown>, input: DecisionPatch, creating: boolean): void {
    if (input.decidedAt !== undefined) item.set(decisionKeys.decidedAt, input.decidedAt);
    else if (creating) item.set(decisionKeys.decidedAt, new Date().toISOString());
    if (input.meetingId !== undefined) item.set(decisionKeys.meetingId, input.meetingId);
  }
}
