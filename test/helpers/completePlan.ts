import { writePlainParagraphs, type Author, type PlanDoc } from '../../shared/schema';

/**
 * Fills a plan with what the completeness checklist requires before proposing: present levels
 * for the goal's area, one measurable goal, one fully described service and parent input.
 * Returns the goal's id.
 */
export function writeCompletePlan(plan: PlanDoc, author: Author, target = 'Writes three sentences with a tripod grip'): string {
  plan.presentLevels.setShown('fine_motor', true);
  plan.doc.transact(() => writePlainParagraphs(plan.presentLevels.fragment('fine_motor'), 'Holds a pencil with a fisted grasp.'), plan.origin);
  const goal = plan.goals.add({ area: 'fine_motor', baseline: 'Fisted grasp for one minute', target, measurement: 'Weekly observation by the OT' }, author);
  plan.services.add(
    { type: 'ot', provider: 'School OT', frequency: 'Twice a week', duration: '30 minutes', location: 'Resource room', startDate: '2026-09-01' },
    author,
  );
  plan.parentInput.setPlain('He enjoys drawing at home.');
  return goal;
}
