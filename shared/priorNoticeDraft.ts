import { placementFigures } from './placement';
import {
  assessmentParticipationLabels,
  placementCategoryLabels,
  richTextToPlain,
  serviceTypeLabels,
  type PlanSnapshot,
  type PriorNoticeElement,
} from './schema';

/**
 * A first draft of the prior written notice (34 CFR 300.503(b)) from what the team decided
 * and wrote in the plan. The team edits it; drafting fills only elements still empty.
 */

const safeguardsStatement =
  'You have protection under the procedural safeguards of the Individuals with Disabilities Education Act. ' +
  'A copy of the procedural safeguards notice is available from the school office or your case manager at any time, free of charge.';

const sourcesStatement =
  'For help understanding this notice, contact your case manager, the district special education office, or your state’s Parent Training and Information Center.';

function lines(items: readonly string[], empty: string): string {
  const kept = items.map((text) => text.trim()).filter(Boolean);
  return kept.length > 0 ? kept.join('\n') : empty;
}

export function draftPriorWrittenNotice(plan: PlanSnapshot): Record<PriorNoticeElement, string> {
  const decisions = plan.decisions.map((decision) => decision.text);
  const services = plan.services.map((service) => {
    const parts = [service.frequency, service.duration, service.location].map((part) => part.trim()).filter(Boolean);
    return `${serviceTypeLabels[service.type]}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  });
  const figures = placementFigures(plan.services, plan.placement.schoolWeekMinutes ?? undefined);
  const evaluations = [
    plan.dates.lastEvaluationDate ? `Evaluation of ${plan.dates.lastEvaluationDate}.` : '',
    ...plan.presentLevels.filter((level) => richTextToPlain(level.content).trim() !== '').map((level) => `Present levels: ${level.label}.`),
    ...plan.assessments.map((assessment) => `${assessment.name || 'Assessment'}: ${assessmentParticipationLabels[assessment.participation]}.`),
  ];
  const options = [
    figures.minutesOutsideGeneralEducation > 0
      ? `Full-time general education without services outside the class was considered and rejected: ${plan.placement.explanation.trim() || 'the child’s needs call for the services listed.'}`
      : '',
    plan.placement.category ? `Placement chosen: ${placementCategoryLabels[plan.placement.category]}.` : '',
  ];
  return {
    action: lines([...decisions, ...services.map((service) => `Provide ${service}.`)], ''),
    reasons: lines(
      [richTextToPlain(plan.curriculumEffect), ...plan.specialFactors.filter((factor) => factor.considered && factor.note.trim()).map((factor) => `${factor.label}: ${factor.note}`)],
      '',
    ),
    evaluations: lines(evaluations, ''),
    safeguards: safeguardsStatement,
    sources: sourcesStatement,
    options: lines(options, ''),
    otherFactors: lines([richTextToPlain(plan.parentInput) ? `Parent input: ${richTextToPlain(plan.parentInput)}` : ''], ''),
  };
}
