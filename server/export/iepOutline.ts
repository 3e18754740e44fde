import { ageOn } from '../../shared/iepDates';
import { placementFigures } from '../../shared/placement';
import { richTextToPlain, transitionTextFields, type PlanSnapshot } from '../../shared/schema';
import { emptyLine, formBlocks, given, hasAnswers, missing, missingLine, optional, standing, typed, type FormAnswer } from './formAnswers';
import type { Block } from './outline';
import { richTextBlocks, richTextOrEmpty } from './richTextBlocks';
import { sectionWords, type SectionWords } from './sectionWords';
import { cleanLine, cleanText } from './text';

/**
 * Outline sections for the IEP's legal components that sit among the law's checklist
 * (34 CFR 300.320): the student record, the IEP's dates, the curriculum statement of present
 * levels, placement, assessments, extended school year, transition and transfer of rights.
 * Their fixed text comes from `SectionWords`, English unless another language is given.
 */

const english = sectionWords('en');

const dateAnswer = (w: SectionWords, label: string, value: string): FormAnswer => optional(label, value ? w.date(value) : null);
const yesNo = (w: SectionWords, label: string, value: boolean, yes = w.yes, no = w.no): FormAnswer => (value ? given(label, [{ text: yes }]) : standing(label, [{ text: no }]));

/** The age on the IEP's start date, so one version always says the same age. */
export function studentBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const { student } = plan;
  const label = w.student;
  const age = student.dateOfBirth && plan.dates.startDate ? ageOn(student.dateOfBirth, plan.dates.startDate) : null;
  const categories = student.eligibilityCategories.map((category) => w.vocab.eligibility[category]);
  return formBlocks(
    [
      dateAnswer(w, label.dateOfBirth, student.dateOfBirth),
      ...(age === null ? [] : [standing(label.age, [{ text: String(age) }])]),
      typed(label.grade, student.grade),
      typed(label.school, student.school),
      typed(label.eligibility, categories.join(', ')),
      dateAnswer(w, label.eligibilityDate, student.eligibilityDate),
      typed(label.homeLanguage, student.homeLanguage),
      yesNo(w, label.interpreter, student.interpreterNeeded, label.interpreterNeeded(cleanLine(student.interpreterLanguage) || label.languageNotRecorded), label.notNeeded),
    ],
    w,
  );
}

export function datesBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const { dates } = plan;
  const label = w.dates;
  return formBlocks(
    [
      dateAnswer(w, label.meeting, dates.meetingDate),
      dateAnswer(w, label.starts, dates.startDate),
      dateAnswer(w, label.ends, dates.endDate),
      dateAnswer(w, label.annualReview, dates.annualReviewDue),
      dateAnswer(w, label.lastEvaluation, dates.lastEvaluationDate),
      dateAnswer(w, label.reevaluation, dates.reevaluationDue),
      typed(label.progressReports, plan.progressReportDates.map((date) => w.date(date)).join('; ')),
    ],
    w,
  );
}

/** Empty when nothing is written, so present levels can say so in one line with the areas. */
export function curriculumEffectBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const written = richTextBlocks(plan.curriculumEffect, 4);
  if (written.length === 0) return [];
  return [{ kind: 'heading', level: 3, text: w.curriculumHeading }, ...written];
}

/**
 * The minutes and share are worked out from the services, so they count as an answer only
 * when some service takes the child out of general education.
 */
export function placementBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const label = w.placement;
  const figures = placementFigures(plan.services, plan.placement.schoolWeekMinutes ?? undefined);
  const outside = figures.minutesOutsideGeneralEducation > 0;
  const figure = outside ? given : standing;
  const explanation = cleanText(plan.placement.explanation).trim();
  const answers: FormAnswer[] = [
    figure(label.minutesOutside, [{ text: label.minutesOf(figures.minutesOutsideGeneralEducation, figures.schoolWeekMinutes) }]),
    figure(label.share, [{ text: `${figures.percentInGeneralEducation}%` }]),
    optional(label.placement, plan.placement.category ? w.vocab.placement[plan.placement.category] : null),
  ];
  const notes = richTextToPlain(plan.participation).trim() === '' ? [] : [{ kind: 'heading', level: 3, text: label.notes } as const, ...richTextOrEmpty(plan.participation, '', 4)];
  if (!hasAnswers(answers) && !explanation) return [emptyLine(w.nothingEntered), ...notes];
  const form = formBlocks(answers, w);
  // Without time away from peers there is nothing to explain; with it, a missing reason is named.
  const why: Block[] = explanation
    ? [{ kind: 'heading', level: 3, text: label.why }, { kind: 'paragraph', runs: [{ text: explanation }] }]
    : outside
      ? missingLine([label.why], w)
      : [{ kind: 'paragraph', runs: [{ text: label.fully }] }];
  return [...form, ...why, ...notes];
}

export function assessmentsBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const label = w.assessments;
  const blocks: Block[] = [];
  const notes = richTextBlocks(plan.assessmentAccommodations, 4);
  if (plan.assessments.length === 0) blocks.push(emptyLine(label.none));
  for (const assessment of plan.assessments) {
    const answers: FormAnswer[] = [given(label.participation, [{ text: w.vocab.assessment[assessment.participation] }])];
    if (assessment.participation === 'with_accommodations') answers.push(typed(label.accommodations, assessment.accommodations));
    if (assessment.participation === 'alternate') {
      answers.push(typed(label.whyNotRegular, assessment.whyNotRegular));
      answers.push(typed(label.whyAlternate, assessment.whyAlternate));
    }
    blocks.push({ kind: 'heading', level: 3, text: cleanLine(assessment.name) || label.unnamed }, ...formBlocks(answers, w));
  }
  if (notes.length > 0) blocks.push({ kind: 'heading', level: 3, text: label.notes }, ...notes);
  return blocks;
}

export function extendedSchoolYearBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const esy = plan.extendedSchoolYear;
  const label = w.esy;
  const answers: FormAnswer[] = [
    yesNo(w, label.considered, esy.considered),
    esy.decision === 'undecided' ? missing(label.decision) : given(label.decision, [{ text: w.vocab.esy[esy.decision] }]),
  ];
  // Services are asked for only once the team decided the child gets them.
  if (esy.decision === 'eligible' || esy.services.trim()) answers.push(typed(label.services, esy.services));
  answers.push(typed(label.reason, esy.reason));
  return formBlocks(answers, w);
}

export function transitionBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const { transition } = plan;
  const label = w.transition;
  const answers: FormAnswer[] = [
    ...transitionTextFields.map((field) => typed(w.vocab.transition[field], transition[field])),
    yesNo(w, label.studentInvited, transition.studentInvited),
  ];
  if (!hasAnswers(answers) && !transition.rightsInformed) return [emptyLine(w.nothingEntered)];
  const rights: Block[] = transition.rightsInformed
    ? [
        { kind: 'heading', level: 3, text: label.rights },
        { kind: 'paragraph', runs: [{ text: label.informed(transition.rightsInformedDate ? w.date(transition.rightsInformedDate) : null) }] },
      ]
    : [];
  const blank = answers.flatMap((answer) => (answer.state === 'missing' ? [answer.label] : []));
  if (!transition.rightsInformed) blank.push(label.rights);
  const rows = answers.flatMap((answer) => (answer.state === 'missing' ? [] : [{ label: answer.label, value: answer.value }]));
  // What is missing is named under the form it belongs to, before the rights statement.
  return [...(hasAnswers(answers) ? [{ kind: 'fields', rows } as const] : []), ...missingLine(blank, w), ...rights];
}
