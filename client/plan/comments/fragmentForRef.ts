import type * as Y from 'yjs';
import { isGoalArea, type FieldRef, type PlanDoc } from '../../../shared/schema';

/** The rich-text fragment a comment's field reference points into, if it is one of the plan's. */
export function fragmentForRef(plan: PlanDoc, ref: FieldRef): Y.XmlFragment | null {
  if (ref.doc !== 'plan') return null;
  switch (ref.section) {
    case 'goals':
      return ref.itemId && ref.field === 'description' ? plan.goals.fragment(ref.itemId, 'description') : null;
    case 'supports':
      return ref.itemId && ref.field === 'description' ? plan.supports.fragment(ref.itemId, 'description') : null;
    case 'presentLevels':
      if (ref.field === 'curriculumEffect') return plan.curriculumEffect.fragment();
      return isGoalArea(ref.field) ? plan.presentLevels.fragment(ref.field) : null;
    case 'assessments':
      return ref.field === 'assessmentAccommodations' ? plan.assessmentAccommodations.fragment() : null;
    case 'parentInput':
      return plan.parentInput.fragment();
    case 'participation':
      return ref.field === 'assessmentAccommodations' ? plan.assessmentAccommodations.fragment() : plan.participation.fragment();
    default:
      return null;
  }
}

/** Where on the page a reference lives, to scroll there from the comments panel. */
export function elementIdForRef(ref: FieldRef, goalElementId: (id: string) => string, sectionElementId: (section: string) => string): string {
  if (ref.section === 'goals' && ref.itemId) return goalElementId(ref.itemId);
  return sectionElementId(ref.section);
}
