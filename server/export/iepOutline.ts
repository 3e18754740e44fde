import { ageOn } from '../../shared/iepDates';
import { placementFigures } from '../../shared/placement';
import {
  assessmentParticipationLabels,
  eligibilityCategoryLabels,
  esyDecisionLabels,
  placementCategoryLabels,
  richTextToPlain,
  transitionTextFields,
  transitionTextLabels,
  type PlanSnapshot,
} from '../../shared/schema';
import { emptyLine, formBlocks, given, hasAnswers, missing, missingLine, optional, standing, typed, type FormAnswer } from './formAnswers';
import type { Block } from './outline';
import { richTextBlocks, richTextOrEmpty } from './richTextBlocks';
import { cleanLine, cleanText, formatDate } from './text';

/**
 * Outline sections for the IEP's legal components that sit among the law's checklist
 * (34 CFR 300.320): the student record, the IEP's dates, the curriculum statement of present
 * levels, placement, assessments, extended school year, transition and transfer of rights.
 */

const dateAnswer = (label: string, value: string): FormAnswer => optional(label, value ? formatDate(value) : null);
const yesNo = (label: string, value: boolean, yes = 'Yes', no = 'No'): FormAnswer => (value ? given(label, [{ text: yes }]) : standing(label, [{ text: no }]));

/** The age on the IEP's start date, so one version always says the same age. */
export function studentBlocks(plan: PlanSnapshot): Block[] {
  const { student } = plan;
  const age = student.dateOfBirth && plan.dates.startDate ? ageOn(student.dateOfBirth, plan.dates.startDate) : null;
  const categories = student.eligibilityCategories.map((category) => eligibilityCategoryLabels[category]);
  return formBlocks([
    dateAnswer('Date of birth', student.dateOfBirth),
    ...(age === null ? [] : [standing('Age at the start of this IEP', [{ text: String(age) }])]),
    typed('Grade', student.grade),
    typed('School', student.school),
    typed('Eligibility', categories.join(', ')),
    dateAnswer('Eligibility determined', student.eligibilityDate),
    typed('Language of the home', student.homeLanguage),
    yesNo('Interpreter', student.interpreterNeeded, `Needed: ${cleanLine(student.interpreterLanguage) || 'language not recorded'}`, 'Not needed'),
  ]);
}

export function datesBlocks(plan: PlanSnapshot): Block[] {
  const { dates } = plan;
  return formBlocks([
    dateAnswer('IEP meeting', dates.meetingDate),
    dateAnswer('Starts', dates.startDate),
    dateAnswer('Ends', dates.endDate),
    dateAnswer('Annual review due by', dates.annualReviewDue),
    dateAnswer('Last evaluation', dates.lastEvaluationDate),
    dateAnswer('Re-evaluation due by', dates.reevaluationDue),
    typed('Progress reports due', plan.progressReportDates.map((date) => formatDate(date)).join('; ')),
  ]);
}

/** Empty when nothing is written, so present levels can say so in one line with the areas. */
export function curriculumEffectBlocks(plan: PlanSnapshot): Block[] {
  const written = richTextBlocks(plan.curriculumEffect, 4);
  if (written.length === 0) return [];
  return [{ kind: 'heading', level: 3, text: 'How the disability affects involvement and progress in the general education curriculum' }, ...written];
}

/**
 * The minutes and share are worked out from the services, so they count as an answer only
 * when some service takes the child out of general education.
 */
export function placementBlocks(plan: PlanSnapshot): Block[] {
  const figures = placementFigures(plan.services, plan.placement.schoolWeekMinutes ?? undefined);
  const outside = figures.minutesOutsideGeneralEducation > 0;
  const figure = outside ? given : standing;
  const whyLabel = 'Why the child is not with non-disabled peers for that time';
  const explanation = cleanText(plan.placement.explanation).trim();
  const answers: FormAnswer[] = [
    figure('Minutes per week outside general education', [{ text: `${figures.minutesOutsideGeneralEducation} of ${figures.schoolWeekMinutes}` }]),
    figure('Share of the school week in general education', [{ text: `${figures.percentInGeneralEducation}%` }]),
    optional('Placement', plan.placement.category ? placementCategoryLabels[plan.placement.category] : null),
  ];
  const notes = richTextToPlain(plan.participation).trim() === '' ? [] : [{ kind: 'heading', level: 3, text: 'Notes on participation' } as const, ...richTextOrEmpty(plan.participation, '', 4)];
  if (!hasAnswers(answers) && !explanation) return [emptyLine(), ...notes];
  const form = formBlocks(answers);
  // Without time away from peers there is nothing to explain; with it, a missing reason is named.
  const why: Block[] = explanation
    ? [{ kind: 'heading', level: 3, text: whyLabel }, { kind: 'paragraph', runs: [{ text: explanation }] }]
    : outside
      ? missingLine([whyLabel])
      : [{ kind: 'paragraph', runs: [{ text: 'The child takes part fully in general education.' }] }];
  return [...form, ...why, ...notes];
}

export function assessmentsBlocks(plan: PlanSnapshot): Block[] {
  const blocks: Block[] = [];
  const notes = richTextBlocks(plan.assessmentAccommodations, 4);
  if (plan.assessments.length === 0) blocks.push(emptyLine('No assessments recorded yet.'));
  for (const assessment of plan.assessments) {
    const answers: FormAnswer[] = [given('Participation', [{ text: assessmentParticipationLabels[assessment.participation] }])];
    if (assessment.participation === 'with_accommodations') answers.push(typed('Accommodations', assessment.accommodations));
    if (assessment.participation === 'alternate') {
      answers.push(typed('Why the child cannot take the regular assessment', assessment.whyNotRegular));
      answers.push(typed('Why the alternate assessment is appropriate', assessment.whyAlternate));
    }
    blocks.push({ kind: 'heading', level: 3, text: cleanLine(assessment.name) || 'Unnamed assessment' }, ...formBlocks(answers));
  }
  if (notes.length > 0) blocks.push({ kind: 'heading', level: 3, text: 'Accommodations in state and district tests (notes)' }, ...notes);
  return blocks;
}

export function extendedSchoolYearBlocks(plan: PlanSnapshot): Block[] {
  const esy = plan.extendedSchoolYear;
  const answers: FormAnswer[] = [
    yesNo('Considered', esy.considered),
    esy.decision === 'undecided' ? missing('Decision') : given('Decision', [{ text: esyDecisionLabels[esy.decision] }]),
  ];
  // Services are asked for only once the team decided the child gets them.
  if (esy.decision === 'eligible' || esy.services.trim()) answers.push(typed('Services', esy.services));
  answers.push(typed('Reason', esy.reason));
  return formBlocks(answers);
}

export function transitionBlocks(plan: PlanSnapshot): Block[] {
  const { transition } = plan;
  const rightsLabel = 'Transfer of rights at the age of majority';
  const answers: FormAnswer[] = [
    ...transitionTextFields.map((field) => typed(transitionTextLabels[field], transition[field])),
    yesNo('Student invited to the meeting', transition.studentInvited),
  ];
  if (!hasAnswers(answers) && !transition.rightsInformed) return [emptyLine()];
  const rights: Block[] = transition.rightsInformed
    ? [
        { kind: 'heading', level: 3, text: rightsLabel },
        {
          kind: 'paragraph',
          runs: [{ text: `The student has been informed of the rights that will transfer at the age of majority${transition.rightsInformedDate ? ` (${formatDate(transition.rightsInformedDate)})` : ''}.` }],
        },
      ]
    : [];
  const blank = answers.flatMap((answer) => (answer.state === 'missing' ? [answer.label] : []));
  if (!transition.rightsInformed) blank.push(rightsLabel);
  const rows = answers.flatMap((answer) => (answer.state === 'missing' ? [] : [{ label: answer.label, value: answer.value }]));
  // What is missing is named under the form it belongs to, before the rights statement.
  return [...(hasAnswers(answers) ? [{ kind: 'fields', rows } as const] : []), ...missingLine(blank), ...rights];
}
