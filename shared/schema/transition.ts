import type * as Y from 'yjs';
import { isIsoDate } from '../iepDates';
import { FieldsPart } from './fieldsPart';
import type { Writer } from './writer';

/**
 * Transition planning (34 CFR 300.320(b)) and the transfer of rights at the age of majority
 * (300.320(c)). Whether they are required depends on the child's age during the IEP
 * (shared/iepDates.ts); the content is always kept, so a plan written early is not lost.
 */
export const transitionTextFields = [
  'educationGoal',
  'employmentGoal',
  'independentLivingGoal',
  'assessments',
  'services',
  'courseOfStudy',
] as const;
export type TransitionTextField = (typeof transitionTextFields)[number];

export const transitionTextLabels: Record<TransitionTextField, string> = {
  educationGoal: 'Postsecondary goal: education or training',
  employmentGoal: 'Postsecondary goal: employment',
  independentLivingGoal: 'Postsecondary goal: independent living (where appropriate)',
  assessments: 'Age-appropriate transition assessments',
  services: 'Transition services',
  courseOfStudy: 'Course of study',
};

/** Keys of the part's map: two yes/no answers and a date, last writer wins. */
export const transitionKeys = { studentInvited: 'studentInvited', rightsInformed: 'rightsInformed', rightsInformedDate: 'rightsInformedDate' } as const;
type Flag = typeof transitionKeys.studentInvited | typeof transitionKeys.rightsInformed;

export interface TransitionView extends Record<TransitionTextField, string> {
  readonly studentInvited: boolean;
  /** The child has been told which rights transfer at the age of majority. */
  readonly rightsInformed: boolean;
  readonly rightsInformedDate: string;
}

export class Transition {
  private readonly part: FieldsPart<'rightsInformedDate', Flag, TransitionTextField>;

  constructor(writer: Writer, doc: Y.Doc, root: string) {
    this.part = new FieldsPart(writer, doc, root, transitionTextFields);
  }

  get(): TransitionView {
    const texts = Object.fromEntries(transitionTextFields.map((field) => [field, this.part.readText(field)])) as Record<TransitionTextField, string>;
    const informedDate = this.part.readString('rightsInformedDate');
    return {
      ...texts,
      studentInvited: this.part.readBoolean('studentInvited'),
      rightsInformed: this.part.readBoolean('rightsInformed'),
      rightsInformedDate: isIsoDate(informedDate) ? informedDate : '',
    };
  }

  text(field: TransitionTextField): Y.Text {
    return this.part.text(field);
  }

  setText(field: TransitionTextField, value: string): void {
    this.part.setText(field, value);
  }

  setStudentInvited(invited: boolean): void {
    this.part.setBoolean('studentInvited', invited);
  }

  /** Records that the child was informed; the date is '' to clear it. */
  setRightsInformed(informed: boolean, date?: string): void {
    this.part.batch(() => {
      this.part.setBoolean('rightsInformed', informed);
      if (date !== undefined && (date === '' || isIsoDate(date))) this.part.setString('rightsInformedDate', date);
    });
  }

  observe(callback: Parameters<FieldsPart<'rightsInformedDate', Flag, TransitionTextField>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
