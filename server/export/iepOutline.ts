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
import type { Block, FieldRow, Run } from './outline';
import { richTextOrEmpty } from './richTextBlocks';
import { cleanLine, formatDate, valueRuns } from './text';

/**
 * Outline sections for the IEP's legal components that sit among the law's checklist
 * (34 CFR 300.320): the student record, the IEP's dates, the curriculum statement of present
 * levels, placement, assessments, extended school year, transition and transfer of rights.
 */

function dateRuns(value: string, empty = 'Not set'): Run[] {
  return value ? [{ text: formatDate(value) }] : [{ text: empty, muted: true, italic: true }];
}

const row = (label: string, value: Run[]): FieldRow => ({ label, value });

/** The age on the IEP's start date, so one version always says the same age. */
export function studentBlocks(plan: PlanSnapshot): Block[] {
  const { student } = plan;
  const age = student.dateOfBirth && plan.dates.startDate ? ageOn(student.dateOfBirth, plan.dates.startDate) : null;
  const categories = student.eligibilityCategories.map((category) => eligibilityCategoryLabels[category]);
  return [
    {
      kind: 'fields',
      rows: [
        row('Date of birth', dateRuns(student.dateOfBirth)),
        row('Age at the start of this IEP', age === null ? valueRuns('') : [{ text: String(age) }]),
        row('Grade', valueRuns(student.grade)),
        row('School', valueRuns(student.school)),
        row('Eligibility', valueRuns(categories.join(', '))),
        row('Eligibility determined', dateRuns(student.eligibilityDate)),
        row('Language of the home', valueRuns(student.homeLanguage)),
        row('Interpreter', student.interpreterNeeded ? [{ text: `Needed: ${cleanLine(student.interpreterLanguage) || 'language not recorded'}` }] : [{ text: 'Not needed' }]),
      ],
    },
  ];
}

export function datesBlocks(plan: PlanSnapshot): Block[] {
  const { dates } = plan;
  return [
    {
      kind: 'fields',
      rows: [
        row('IEP meeting', dateRuns(dates.meetingDate)),
        row('Starts', dateRuns(dates.startDate)),
        row('Ends', dateRuns(dates.endDate)),
        row('Annual review due by', dateRuns(dates.annualReviewDue)),
        row('Last evaluation', dateRuns(dates.lastEvaluationDate)),
        row('Re-evaluation due by', dateRuns(dates.reevaluationDue)),
        row('Progress reports due', valueRuns(plan.progressReportDates.map((date) => formatDate(date)).join('; '), 'Set from the goals’ reporting schedule')),
      ],
    },
  ];
}

export function curriculumEffectBlocks(plan: PlanSnapshot): Block[] {
  return [
    { kind: 'heading', level: 3, text: 'How the disability affects involvement and progress in the general education curriculum' },
    ...richTextOrEmpty(plan.curriculumEffect, 'Nothing written yet.', 4),
  ];
}

export function placementBlocks(plan: PlanSnapshot): Block[] {
  const figures = placementFigures(plan.services, plan.placement.schoolWeekMinutes ?? undefined);
  return [
    {
      kind: 'fields',
      rows: [
        row('Minutes per week outside general education', [{ text: `${figures.minutesOutsideGeneralEducation} of ${figures.schoolWeekMinutes}` }]),
        row('Share of the school week in general education', [{ text: `${figures.percentInGeneralEducation}%` }]),
        row('Placement', valueRuns(plan.placement.category ? placementCategoryLabels[plan.placement.category] : '')),
      ],
    },
    { kind: 'heading', level: 3, text: 'Why the child is not with non-disabled peers for that time' },
    {
      kind: 'paragraph',
      runs: valueRuns(plan.placement.explanation, figures.minutesOutsideGeneralEducation === 0 ? 'The child takes part fully in general education.' : 'Not filled in'),
    },
    ...(richTextToPlain(plan.participation).trim() === ''
      ? []
      : [{ kind: 'heading', level: 3, text: 'Notes on participation' } as const, ...richTextOrEmpty(plan.participation, '', 4)]),
  ];
}

export function assessmentsBlocks(plan: PlanSnapshot): Block[] {
  const blocks: Block[] = [];
  if (plan.assessments.length === 0) blocks.push({ kind: 'paragraph', runs: [{ text: 'No assessments recorded yet.', muted: true, italic: true }] });
  for (const assessment of plan.assessments) {
    const rows: FieldRow[] = [row('Participation', [{ text: assessmentParticipationLabels[assessment.participation] }])];
    if (assessment.participation === 'with_accommodations') rows.push(row('Accommodations', valueRuns(assessment.accommodations)));
    if (assessment.participation === 'alternate') {
      rows.push(row('Why the child cannot take the regular assessment', valueRuns(assessment.whyNotRegular)));
      rows.push(row('Why the alternate assessment is appropriate', valueRuns(assessment.whyAlternate)));
    }
    blocks.push({ kind: 'heading', level: 3, text: cleanLine(assessment.name) || 'Unnamed assessment' }, { kind: 'fields', rows });
  }
  blocks.push({ kind: 'heading', level: 3, text: 'Accommodations in state and district tests (notes)' }, ...richTextOrEmpty(plan.assessmentAccommodations, 'Nothing written yet.', 4));
  return blocks;
}

export function extendedSchoolYearBlocks(plan: PlanSnapshot): Block[] {
  const esy = plan.extendedSchoolYear;
  return [
    {
      kind: 'fields',
      rows: [
        row('Considered', [{ text: esy.considered ? 'Yes' : 'No' }]),
        row('Decision', [{ text: esyDecisionLabels[esy.decision] }]),
        row('Services', valueRuns(esy.services, 'None')),
        row('Reason', valueRuns(esy.reason)),
      ],
    },
  ];
}

export function transitionBlocks(plan: PlanSnapshot): Block[] {
  const { transition } = plan;
  return [
    {
      kind: 'fields',
      rows: [
        ...transitionTextFields.map((field) => row(transitionTextLabels[field], valueRuns(transition[field]))),
        row('Student invited to the meeting', [{ text: transition.studentInvited ? 'Yes' : 'No' }]),
      ],
    },
    { kind: 'heading', level: 3, text: 'Transfer of rights at the age of majority' },
    {
      kind: 'paragraph',
      runs: transition.rightsInformed
        ? [{ text: `The student has been informed of the rights that will transfer at the age of majority${transition.rightsInformedDate ? ` (${formatDate(transition.rightsInformedDate)})` : ''}.` }]
        : [{ text: 'Not yet recorded.', muted: true, italic: true }],
    },
  ];
}
