import {
  assessmentParticipationLabels,
  attendeeRoleLabels,
  contactMethodLabels,
  eligibilityCategoryLabels,
  esyDecisionLabels,
  placementCategoryLabels,
  priorNoticeElementLabels,
  priorNoticeElements,
  requiredParticipantLabels,
  richTextToPlain,
  transitionTextFields,
  transitionTextLabels,
  type AssessmentView,
  type ContactAttemptView,
  type ExcusalView,
  type GuestView,
  type ParticipantCoverage,
  type PlanSnapshot,
} from './schema';

/**
 * The legal components of a complete IEP (34 CFR 300.320–300.324, 300.503), each as labelled
 * plain fields, so the comparison of two versions shows a change in any of them the same way
 * it shows a changed goal: what the field said before and after, word by word.
 */
export type Fields = Record<string, { label: string; value: string }>;

/** A part of the plan compared as one set of fields, in the law's order. */
export const planPartIds = [
  'student',
  'dates',
  'curriculumEffect',
  'placement',
  'extendedSchoolYear',
  'transition',
  'meetingTeam',
  'parentParticipation',
  'priorWrittenNotice',
] as const;
export type PlanPartId = (typeof planPartIds)[number];

export const planPartTitles: Record<PlanPartId, string> = {
  student: 'Student record',
  dates: 'The IEP’s dates',
  curriculumEffect: 'Effect on the general curriculum',
  placement: 'Participation and placement',
  extendedSchoolYear: 'Extended school year',
  transition: 'Transition and transfer of rights',
  meetingTeam: 'The team at the meetings',
  parentParticipation: 'Parent participation',
  priorWrittenNotice: 'Prior written notice',
};

/** The team at one meeting, as a version froze it (or as it is now, for the live draft). */
export interface MeetingTeamSnapshot {
  readonly id: string;
  readonly title: string;
  readonly startsAt: string;
  readonly coverage: readonly ParticipantCoverage[];
  readonly guests: readonly GuestView[];
  readonly excusals: readonly ExcusalView[];
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function studentFields(plan: PlanSnapshot): Fields {
  const { student } = plan;
  return {
    dateOfBirth: { label: 'Date of birth', value: student.dateOfBirth },
    grade: { label: 'Grade', value: student.grade },
    school: { label: 'School', value: student.school },
    eligibility: { label: 'Eligibility', value: student.eligibilityCategories.map((category) => eligibilityCategoryLabels[category]).join(', ') },
    eligibilityDate: { label: 'Eligibility determined', value: student.eligibilityDate },
    homeLanguage: { label: 'Language of the home', value: student.homeLanguage },
    interpreter: { label: 'Interpreter needed', value: student.interpreterNeeded ? `Yes${student.interpreterLanguage ? `: ${student.interpreterLanguage}` : ''}` : 'No' },
  };
}

function datesFields(plan: PlanSnapshot): Fields {
  const { dates } = plan;
  return {
    meetingDate: { label: 'Meeting date', value: dates.meetingDate },
    startDate: { label: 'Start date', value: dates.startDate },
    endDate: { label: 'End date', value: dates.endDate },
    annualReviewDue: { label: 'Annual review due', value: dates.annualReviewDue },
    lastEvaluationDate: { label: 'Last evaluation', value: dates.lastEvaluationDate },
    reevaluationDue: { label: 'Re-evaluation due', value: dates.reevaluationDue },
    progressReports: { label: 'Progress reports due', value: plan.progressReportDates.join(', ') },
  };
}

function placementFields(plan: PlanSnapshot): Fields {
  const { placement } = plan;
  return {
    category: { label: 'Placement', value: placement.category ? placementCategoryLabels[placement.category] : '' },
    schoolWeek: { label: 'Minutes in the school week', value: placement.schoolWeekMinutes === null ? '' : String(placement.schoolWeekMinutes) },
    explanation: { label: 'Why the child is not with non-disabled peers', value: placement.explanation },
  };
}

function esyFields(plan: PlanSnapshot): Fields {
  const esy = plan.extendedSchoolYear;
  return {
    considered: { label: 'Considered', value: yesNo(esy.considered) },
    decision: { label: 'Decision', value: esy.considered ? esyDecisionLabels[esy.decision] : '' },
    services: { label: 'Services', value: esy.services },
    reason: { label: 'Reason', value: esy.reason },
  };
}

function transitionFields(plan: PlanSnapshot): Fields {
  const { transition } = plan;
  const fields: Fields = {};
  for (const field of transitionTextFields) fields[field] = { label: transitionTextLabels[field], value: transition[field] };
  fields.studentInvited = { label: 'Student invited to the meeting', value: yesNo(transition.studentInvited) };
  fields.rightsInformed = {
    label: 'Informed of the rights that transfer at the age of majority',
    value: transition.rightsInformed ? `Yes${transition.rightsInformedDate ? `, ${transition.rightsInformedDate}` : ''}` : 'No',
  };
  return fields;
}

function parentParticipationFields(plan: PlanSnapshot): Fields {
  const participation = plan.parentParticipation;
  return {
    noticeSent: { label: 'Meeting notice sent', value: [participation.noticeSentDate, participation.noticeMethod ? contactMethodLabels[participation.noticeMethod] : ''].filter(Boolean).join(', ') },
    interpreter: { label: 'Interpreter provided', value: participation.interpreterProvided ? `Yes${participation.interpreterLanguage ? `: ${participation.interpreterLanguage}` : ''}` : 'No' },
    copyReceived: { label: 'Parent received a copy of the plan', value: participation.copyReceivedDate },
  };
}

function priorNoticeFields(plan: PlanSnapshot): Fields {
  const notice = plan.priorWrittenNotice;
  const fields: Fields = {};
  for (const element of priorNoticeElements) fields[element] = { label: priorNoticeElementLabels[element], value: notice[element] };
  fields.provided = { label: 'Provided to the parents', value: notice.provided ? [notice.providedDate, notice.providedLanguage].filter(Boolean).join(', ') || 'Yes' : 'No' };
  return fields;
}

export function meetingTeamFields(meetings: readonly MeetingTeamSnapshot[]): Fields {
  const fields: Fields = {};
  for (const meeting of meetings) {
    const name = `${meeting.title || 'Meeting'} (${meeting.startsAt.slice(0, 10)})`;
    fields[`${meeting.id}.coverage`] = {
      label: `${name}: required participants`,
      value: meeting.coverage.map((entry) => `${requiredParticipantLabels[entry.participant]}: ${entry.state}${entry.names.length ? ` (${entry.names.join(', ')})` : ''}`).join('\n'),
    };
    fields[`${meeting.id}.guests`] = { label: `${name}: others present`, value: meeting.guests.map((guest) => `${guest.name} (${attendeeRoleLabels[guest.role]})`).join('\n') };
    fields[`${meeting.id}.excusals`] = {
      label: `${name}: excusals`,
      value: meeting.excusals
        .map((excusal) => `${excusal.name} (${requiredParticipantLabels[excusal.participant]}): ${excusal.parentAgreedInWriting ? `parent agreed in writing${excusal.agreementDate ? ` ${excusal.agreementDate}` : ''}` : 'no written agreement'}`)
        .join('\n'),
    };
  }
  return fields;
}

/** Each part of the plan as fields; the team at the meetings comes from the meetings a version froze. */
export function planPartFields(part: PlanPartId, plan: PlanSnapshot, meetings: readonly MeetingTeamSnapshot[]): Fields {
  switch (part) {
    case 'student':
      return studentFields(plan);
    case 'dates':
      return datesFields(plan);
    case 'curriculumEffect':
      return { curriculumEffect: { label: 'How the disability affects the general curriculum', value: richTextToPlain(plan.curriculumEffect) } };
    case 'placement':
      return placementFields(plan);
    case 'extendedSchoolYear':
      return esyFields(plan);
    case 'transition':
      return transitionFields(plan);
    case 'meetingTeam':
      return meetingTeamFields(meetings);
    case 'parentParticipation':
      return parentParticipationFields(plan);
    case 'priorWrittenNotice':
      return priorNoticeFields(plan);
  }
}

export function assessmentFields(assessment: AssessmentView): Fields {
  return {
    name: { label: 'Assessment', value: assessment.name },
    participation: { label: 'Participation', value: assessmentParticipationLabels[assessment.participation] },
    accommodations: { label: 'Accommodations', value: assessment.accommodations },
    whyNotRegular: { label: 'Why the child cannot take the regular assessment', value: assessment.whyNotRegular },
    whyAlternate: { label: 'Why the alternate assessment is appropriate', value: assessment.whyAlternate },
  };
}

export const assessmentLabel = (assessment: AssessmentView) => assessment.name || 'Unnamed assessment';

export function contactAttemptFields(attempt: ContactAttemptView): Fields {
  return {
    date: { label: 'Date', value: attempt.date },
    method: { label: 'How', value: contactMethodLabels[attempt.method] },
    text: { label: 'What happened', value: attempt.text },
  };
}

export const contactAttemptLabel = (attempt: ContactAttemptView) => [attempt.date, contactMethodLabels[attempt.method]].filter(Boolean).join(', ') || 'Attempt to reach the parents';
