import type * as Y from 'yjs';
import { isIsoDate } from '../iepDates';
import { FieldsPart } from './fieldsPart';
import { priorNoticeElements, type PriorNoticeElement } from './iepVocabulary';
import type { Writer } from './writer';

/**
 * Prior written notice (34 CFR 300.503): the seven elements of (b), each a text the team
 * edits together, first drafted from the team's decisions (shared/priorNoticeDraft.ts).
 * Drafting fills only the elements nobody has written yet, so the team's words are never
 * overwritten by a later draft. Provided: yes/no, the date and the language it was given in.
 */
export const priorWrittenNoticeKeys = { provided: 'provided', providedDate: 'providedDate', providedLanguage: 'providedLanguage' } as const;
type StringKey = typeof priorWrittenNoticeKeys.providedDate | typeof priorWrittenNoticeKeys.providedLanguage;

export interface PriorWrittenNoticeView extends Record<PriorNoticeElement, string> {
  readonly provided: boolean;
  readonly providedDate: string;
  readonly providedLanguage: string;
}

export class PriorWrittenNotice {
  private readonly part: FieldsPart<StringKey, 'provided', PriorNoticeElement>;

  constructor(writer: Writer, doc: Y.Doc, root: string) {
    this.part = new FieldsPart(writer, doc, root, priorNoticeElements);
  }

  get(): PriorWrittenNoticeView {
    const elements = Object.fromEntries(priorNoticeElements.map((element) => [element, this.part.readText(element)])) as Record<PriorNoticeElement, string>;
    const date = this.part.readString('providedDate');
    return {
      ...elements,
      provided: this.part.readBoolean('provided'),
      providedDate: isIsoDate(date) ? date : '',
      providedLanguage: this.part.readString('providedLanguage'),
    };
  }

  text(element: PriorNoticeElement): Y.Text {
    return this.part.text(element);
  }

  setText(element: PriorNoticeElement, value: string): void {
    this.part.setText(element, value);
  }

  /** Writes a draft into the elements that are still empty; returns the elements it filled. */
  fillEmpty(draft: Readonly<Record<PriorNoticeElement, string>>): PriorNoticeElement[] {
    const filled: PriorNoticeElement[] = [];
    this.part.batch(() => {
      for (const element of priorNoticeElements) {
        if (this.part.readText(element).trim() !== '' || draft[element].trim() === '') continue;
        this.part.setText(element, draft[element]);
        filled.push(element);
      }
    });
    return filled;
  }

  /** Marks the notice as given to the parents; a date that is not a real day is refused. */
  markProvided(provided: boolean, date: string, language: string): boolean {
    if (date !== '' && !isIsoDate(date)) return false;
    this.part.batch(() => {
      this.part.setBoolean('provided', provided);
      this.part.setString('providedDate', date);
      this.part.setString('providedLanguage', language);
    });
    return true;
  }

  observe(callback: Parameters<FieldsPart<StringKey, 'provided', PriorNoticeElement>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
