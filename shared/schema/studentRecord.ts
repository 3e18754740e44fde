import type * as Y from 'yjs';
import { ageOn, isIsoDate } from '../iepDates';
import { FieldsPart } from './fieldsPart';
import { eligibilityCategories, type EligibilityCategory } from './iepVocabulary';
import type { Writer } from './writer';

/**
 * Who the plan is for: date of birth, grade, school, the eligibility categories and the date
 * eligibility was determined, the language of the home, and whether an interpreter is needed
 * (34 CFR 300.322(e)). Age is never stored: it is computed from the date of birth on the day
 * it is read, so it cannot go stale.
 */
export const studentRecordKeys = {
  dateOfBirth: 'dateOfBirth',
  grade: 'grade',
  school: 'school',
  eligibilityDate: 'eligibilityDate',
  homeLanguage: 'homeLanguage',
  interpreterLanguage: 'interpreterLanguage',
  interpreterNeeded: 'interpreterNeeded',
  categoryPrefix: 'category.',
} as const;

type StringKey = 'dateOfBirth' | 'grade' | 'school' | 'eligibilityDate' | 'homeLanguage' | 'interpreterLanguage';
type BooleanKey = 'interpreterNeeded';

export interface StudentRecordView {
  readonly dateOfBirth: string;
  readonly grade: string;
  readonly school: string;
  readonly eligibilityCategories: EligibilityCategory[];
  readonly eligibilityDate: string;
  readonly homeLanguage: string;
  readonly interpreterNeeded: boolean;
  readonly interpreterLanguage: string;
}

export type StudentRecordPatch = Partial<Omit<StudentRecordView, 'eligibilityCategories' | 'interpreterNeeded'>>;

const stringKeys: readonly StringKey[] = ['dateOfBirth', 'grade', 'school', 'eligibilityDate', 'homeLanguage', 'interpreterLanguage'];

export class StudentRecord {
  private readonly part: FieldsPart<StringKey, BooleanKey, never>;

  constructor(writer: Writer, doc: Y.Doc, root: string) {
    this.part = new FieldsPart(writer, doc, root, []);
  }

  get(): StudentRecordView {
    const dateOfBirth = this.part.readString('dateOfBirth');
    const eligibilityDate = this.part.readString('eligibilityDate');
    return {
      dateOfBirth: isIsoDate(dateOfBirth) ? dateOfBirth : '',
      grade: this.part.readString('grade'),
      school: this.part.readString('school'),
      eligibilityCategories: this.part.readSet(studentRecordKeys.categoryPrefix, eligibilityCategories),
      eligibilityDate: isIsoDate(eligibilityDate) ? eligibilityDate : '',
      homeLanguage: this.part.readString('homeLanguage'),
      interpreterNeeded: this.part.readBoolean('interpreterNeeded'),
      interpreterLanguage: this.part.readString('interpreterLanguage'),
    };
  }

  /** Age in whole years on `today` (`YYYY-MM-DD`), or null without a date of birth. */
  age(today: string): number | null {
    const { dateOfBirth } = this.get();
    return dateOfBirth ? ageOn(dateOfBirth, today) : null;
  }

  update(patch: StudentRecordPatch): void {
    this.part.batch(() => {
      for (const key of stringKeys) {
        const value = patch[key];
        if (value !== undefined) this.part.setString(key, value);
      }
    });
  }

  setInterpreterNeeded(needed: boolean): void {
    this.part.setBoolean('interpreterNeeded', needed);
  }

  setCategory(category: EligibilityCategory, included: boolean): void {
    this.part.setMember(studentRecordKeys.categoryPrefix, category, included);
  }

  observe(callback: Parameters<FieldsPart<StringKey, BooleanKey, never>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
