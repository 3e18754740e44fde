import type * as Y from 'yjs';
import { isIsoDate } from '../iepDates';
import type { ItemMeta } from './collection';
import { FieldsPart } from './fieldsPart';
import { isContactMethod, type ContactMethod } from './iepVocabulary';
import { clampText, fieldLimits } from './limits';
import { readEnum, readString, readTextField } from './read';
import { TextItemList } from './textItemList';
import type { Writer } from './writer';

/**
 * Parent participation (34 CFR 300.322): the meeting notice (date and how it was sent), the
 * attempts to reach a parent who could not come (each its own item, so two staff recording
 * calls at once both keep theirs), whether an interpreter was provided, and the date the
 * parent received a copy of the plan (300.322(f)).
 */
export const parentParticipationKeys = {
  noticeSentDate: 'noticeSentDate',
  noticeMethod: 'noticeMethod',
  interpreterLanguage: 'interpreterLanguage',
  copyReceivedDate: 'copyReceivedDate',
  interpreterProvided: 'interpreterProvided',
} as const;
type StringKey = Exclude<keyof typeof parentParticipationKeys, 'interpreterProvided'>;
type Flag = typeof parentParticipationKeys.interpreterProvided;

export interface ParentParticipationView {
  readonly noticeSentDate: string;
  readonly noticeMethod: ContactMethod | null;
  readonly interpreterProvided: boolean;
  readonly interpreterLanguage: string;
  readonly copyReceivedDate: string;
}

export type ParentParticipationPatch = Partial<Omit<ParentParticipationView, 'interpreterProvided' | 'noticeMethod'>> & {
  readonly noticeMethod?: ContactMethod;
};

export const contactAttemptKeys = { text: 'text', date: 'date', method: 'method' } as const;

export interface ContactAttemptView {
  readonly id: string;
  /** What happened ("left a voicemail", "letter returned"). */
  readonly text: string;
  readonly date: string;
  readonly method: ContactMethod;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export interface ContactAttemptInput {
  readonly text?: string;
  readonly date?: string;
  readonly method?: ContactMethod;
}

function readAttempt(item: Y.Map<unknown>, meta: ItemMeta): ContactAttemptView {
  const date = readString(item, contactAttemptKeys.date);
  return {
    id: meta.id,
    text: clampText(readTextField(item, contactAttemptKeys.text), fieldLimits.typedText),
    date: isIsoDate(date) ? date : '',
    method: readEnum(item, contactAttemptKeys.method, isContactMethod, 'other'),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

export class ContactAttempts extends TextItemList<ContactAttemptView, ContactAttemptInput> {
  constructor(writer: Writer, root: Y.Map<unknown>) {
    super(writer, root, readAttempt);
  }

  protected writeFields(item: Y.Map<unknown>, input: ContactAttemptInput, creating: boolean): void {
    if (input.date !== undefined && (input.date === '' || isIsoDate(input.date))) item.set(contactAttemptKeys.date, input.date);
    if (input.method !== undefined) item.set(contactAttemptKeys.method, input.method);
    else if (creating) item.set(contactAttemptKeys.method, 'phone');
  }
}

const dateKeys = ['noticeSentDate', 'copyReceivedDate'] as const;

export class ParentParticipation {
  private readonly part: FieldsPart<StringKey, Flag, never>;

  constructor(writer: Writer, doc: Y.Doc, root: string) {
    this.part = new FieldsPart(writer, doc, root, []);
  }

  get(): ParentParticipationView {
    const date = (key: (typeof dateKeys)[number]) => {
      const value = this.part.readString(key);
      return isIsoDate(value) ? value : '';
    };
    const method = this.part.readString('noticeMethod');
    return {
      noticeSentDate: date('noticeSentDate'),
      noticeMethod: isContactMethod(method) ? method : null,
      interpreterProvided: this.part.readBoolean('interpreterProvided'),
      interpreterLanguage: this.part.readString('interpreterLanguage'),
      copyReceivedDate: date('copyReceivedDate'),
    };
  }

  /** Dates that are not real days are refused (false) and nothing is written. */
  update(patch: ParentParticipationPatch): boolean {
    if (dateKeys.some((key) => patch[key] !== undefined && patch[key] !== '' && !isIsoDate(patch[key]))) return false;
    this.part.batch(() => {
      for (const key of [...dateKeys, 'noticeMethod', 'interpreterLanguage'] as const) {
        const value = patch[key];
        if (value !== undefined) this.part.setString(key, value);
      }
    });
    return true;
  }

  setInterpreterProvided(provided: boolean): void {
    this.part.setBoolean('interpreterProvided', provided);
  }

  observe(callback: Parameters<FieldsPart<StringKey, Flag, never>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
