import type * as Y from 'yjs';
import type { Author } from './author';
import { Collection, type ChangeInfo, type ItemMeta, type Unsubscribe } from './collection';
import { isAssessmentParticipation, type AssessmentParticipation } from './iepVocabulary';
import { clampText, fieldLimits } from './limits';
import { readEnum, readTextField } from './read';
import { replaceText, type Writer } from './writer';

/**
 * Participation in state and district assessments (34 CFR 300.320(a)(6)), one item per
 * assessment: the general assessment, with which accommodations, or an alternate one with
 * the two statements the law asks for (why the child cannot take the regular assessment,
 * and why the alternate one is appropriate). The name and the statements are typed
 * together (Y.Text); how the child participates is picked from a list (last writer wins).
 */
export const assessmentKeys = {
  name: 'name',
  participation: 'participation',
  accommodations: 'accommodations',
  whyNotRegular: 'whyNotRegular',
  whyAlternate: 'whyAlternate',
} as const;

export const assessmentTextFields = ['name', 'accommodations', 'whyNotRegular', 'whyAlternate'] as const;
export type AssessmentTextField = (typeof assessmentTextFields)[number];

export interface AssessmentView {
  readonly id: string;
  readonly name: string;
  readonly participation: AssessmentParticipation;
  readonly accommodations: string;
  readonly whyNotRegular: string;
  readonly whyAlternate: string;
  readonly createdBy: ItemMeta['createdBy'];
  readonly createdAt: string;
}

export type AssessmentInput = Partial<Pick<AssessmentView, 'participation' | AssessmentTextField>>;

function readAssessment(item: Y.Map<unknown>, meta: ItemMeta): AssessmentView {
  const text = (field: AssessmentTextField) => clampText(readTextField(item, assessmentKeys[field]), fieldLimits.typedText);
  return {
    id: meta.id,
    name: text('name'),
    participation: readEnum(item, assessmentKeys.participation, isAssessmentParticipation, 'general'),
    accommodations: text('accommodations'),
    whyNotRegular: text('whyNotRegular'),
    whyAlternate: text('whyAlternate'),
    createdBy: meta.createdBy,
    createdAt: meta.createdAt,
  };
}

/** True when an assessment says everything the law asks for its kind of participation. */
export function assessmentComplete(assessment: AssessmentView): boolean {
  if (!assessment.name.trim()) return false;
  if (assessment.participation === 'with_accommodations') return assessment.accommodations.trim() !== '';
  if (assessment.participation === 'alternate') return assessment.whyNotRegular.trim() !== '' && assessment.whyAlternate.trim() !== '';
  return true;
}

export class Assessments {
  private readonly items: Collection<AssessmentView, AssessmentTextField>;

  constructor(writer: Writer, root: Y.Map<unknown>) {
    this.items = new Collection(writer, () => root, root, { textFields: assessmentTextFields, fragmentFields: [], read: readAssessment });
  }

  list(): AssessmentView[] {
    return this.items.list();
  }

  get(id: string): AssessmentView | null {
    return this.items.get(id);
  }

  add(input: AssessmentInput, author: Author): string {
    const id = this.items.create(author, (item) => {
      item.set(assessmentKeys.participation, input.participation ?? 'general');
      for (const field of assessmentTextFields) {
        const value = input[field];
        const text = item.get(assessmentKeys[field]) as Y.Text;
        if (value) text.insert(0, clampText(value, fieldLimits.typedText));
      }
    });
    if (id === null) throw new Error('The assessments map is a root type and cannot be missing');
    return id;
  }

  update(id: string, patch: AssessmentInput): boolean {
    return this.items.mutate(id, (item) => {
      if (patch.participation !== undefined && item.get(assessmentKeys.participation) !== patch.participation) {
        item.set(assessmentKeys.participation, patch.participation);
      }
      for (const field of assessmentTextFields) {
        const value = patch[field];
        const text = value === undefined ? null : this.items.text(id, field);
        if (text && value !== undefined) replaceText(text, clampText(value, fieldLimits.typedText));
      }
    });
  }

  text(id: string, field: AssessmentTextField): Y.Text | null {
    return this.items.text(id, field);
  }

  move(id: string, toIndex: number): boolean {
    return this.items.move(id, toIndex);
  }

  remove(id: string): boolean {
    return this.items.remove(id);
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    return this.items.observe(callback);
  }
}
