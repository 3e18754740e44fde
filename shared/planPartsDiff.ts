import { diffDay, englishDiffWords, type DiffWords } from './diffWords';
import { formatDayIn } from './i18n/dates';
import {
  priorNoticeElements,
  richTextToPlain,
  transitionTextFields,
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

const yesNo = (w: DiffWords, value: boolean) => (value ? w.yes : w.no);
/** "Yes: Spanish", "Yes", "No": a checkbox with the detail it may carry. */
const yesWith = (w: DiffWords, value: boolean, detail: string) => (value ? (detail ? w.yesWith(detail) : w.yes) : w.no);

function studentFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const { student } = plan;
  const labels = w.partLabels.student;
  return {
    dateOfBirth: { label: labels.dateOfBirth, value: diffDay(w, student.dateOfBirth) },
    grade: { label: labels.grade, value: student.grade },
    school: { label: labels.school, value: student.school },
    eligibility: { label: labels.eligibility, value: student.eligibilityCategories.map((category) => w.vocabulary.eligibilityCategory[category]).join(', ') },
    eligibilityDate: { label: labels.eligibilityDate, value: diffDay(w, student.eligibilityDate) },
    homeLanguage: { label: labels.homeLanguage, value: student.homeLanguage },
    interpreter: { label: labels.interpreter, value: yesWith(w, student.interpreterNeeded, student.interpreterLanguage) },
  };
}

function datesFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const { dates } = plan;
  const labels = w.partLabels.dates;
  return {
    meetingDate: { label: labels.meetingDate, value: diffDay(w, dates.meetingDate) },
    startDate: { label: labels.startDate, value: diffDay(w, dates.startDate) },
    endDate: { label: labels.endDate, value: diffDay(w, dates.endDate) },
    annualReviewDue: { label: labels.annualReviewDue, value: diffDay(w, dates.annualReviewDue) },
    lastEvaluationDate: { label: labels.lastEvaluationDate, value: diffDay(w, dates.lastEvaluationDate) },
    reevaluationDue: { label: labels.reevaluationDue, value: diffDay(w, dates.reevaluationDue) },
    progressReports: { label: labels.progressReports, value: plan.progressReportDates.map((day) => diffDay(w, day)).join(', ') },
  };
}

function placementFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const { placement } = plan;
  const labels = w.partLabels.placement;
  return {
    category: { label: labels.category, value: placement.category ? w.vocabulary.placementCategory[placement.category] : '' },
    schoolWeek: { label: labels.schoolWeek, value: placement.schoolWeekMinutes === null ? '' : String(placement.schoolWeekMinutes) },
    explanation: { label: labels.explanation, value: placement.explanation },
  };
}

function esyFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const esy = plan.extendedSchoolYear;
  const labels = w.partLabels.extendedSchoolYear;
  return {
    considered: { label: labels.considered, value: yesNo(w, esy.considered) },
    decision: { label: labels.decision, value: esy.considered ? w.vocabulary.esyDecision[esy.decision] : '' },
    services: { label: labels.services, value: esy.services },
    reason: { label: labels.reason, value: esy.reason },
  };
}

function transitionFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const { transition } = plan;
  const labels = w.partLabels.transition;
  const fields: Fields = {};
  for (const field of transitionTextFields) fields[field] = { label: labels[field], value: transition[field] };
  fields.studentInvited = { label: labels.studentInvited, value: yesNo(w, transition.studentInvited) };
  fields.rightsInformed = { label: labels.rightsInformed, value: yesWith(w, transition.rightsInformed, diffDay(w, transition.rightsInformedDate)) };
  return fields;
}

function parentParticipationFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const participation = plan.parentParticipation;
  const labels = w.partLabels.parentParticipation;
  return {
    noticeSent: {
      label: labels.noticeSent,
      value: [diffDay(w, participation.noticeSentDate), participation.noticeMethod ? w.vocabulary.contactMethod[participation.noticeMethod] : ''].filter(Boolean).join(', '),
    },
    interpreter: { label: labels.interpreter, value: yesWith(w, participation.interpreterProvided, participation.interpreterLanguage) },
    copyReceived: { label: labels.copyReceived, value: diffDay(w, participation.copyReceivedDate) },
  };
}

function priorNoticeFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const notice = plan.priorWrittenNotice;
  const labels = w.partLabels.priorWrittenNotice;
  const fields: Fields = {};
  for (const element of priorNoticeElements) fields[element] = { label: labels[element], value: notice[element] };
  fields.provided = { label: labels.provided, value: notice.provided ? [diffDay(w, notice.providedDate), notice.providedLanguage].filter(Boolean).join(', ') || w.yes : w.no };
  return fields;
}

/**
 * The team at each meeting. A meeting is named by its title and its day on the team's clock
 * (`timeZone`): a 7 PM meeting in Chicago is on the evening's day, not on the next day's UTC.
 */
export function meetingTeamFields(meetings: readonly MeetingTeamSnapshot[], timeZone: string, w: DiffWords = englishDiffWords): Fields {
  const fields: Fields = {};
  const states = { present: w.meeting.present, excused: w.meeting.excused, missing: w.meeting.missing };
  for (const meeting of meetings) {
    const at = new Date(meeting.startsAt);
    const day = Number.isNaN(at.getTime()) ? meeting.startsAt.slice(0, 10) : formatDayIn(w.language, timeZone, meeting.startsAt);
    const name = w.meeting.name(meeting.title || w.meeting.untitled, day);
    fields[`${meeting.id}.coverage`] = {
      label: w.meeting.requiredParticipants(name),
      value: meeting.coverage
        .map((entry) => `${w.vocabulary.requiredParticipant[entry.participant]}: ${states[entry.state]}${entry.names.length ? ` (${entry.names.join(', ')})` : ''}`)
        .join('\n'),
    };
    fields[`${meeting.id}.guests`] = { label: w.meeting.othersPresent(name), value: meeting.guests.map((guest) => `${guest.name} (${w.vocabulary.attendeeRole[guest.role]})`).join('\n') };
    fields[`${meeting.id}.excusals`] = {
      label: w.meeting.excusals(name),
      value: meeting.excusals
        .map(
          (excusal) =>
            `${excusal.name} (${w.vocabulary.requiredParticipant[excusal.participant]}): ${
              excusal.parentAgreedInWriting ? [w.meeting.agreedInWriting, diffDay(w, excusal.agreementDate ?? '')].filter(Boolean).join(' ') : w.meeting.noWrittenAgreement
            }`,
        )
        .join('\n'),
    };
  }
  return fields;
}

/**
 * Each part of the plan as fields, in `w`'s language; the team at the meetings comes from the
 * meetings a version froze, dated on the team's clock.
 */
export function planPartFields(part: PlanPartId, plan: PlanSnapshot, meetings: readonly MeetingTeamSnapshot[], timeZone = 'UTC', w: DiffWords = englishDiffWords): Fields {
  switch (part) {
    case 'student':
      return studentFields(plan, w);
    case 'dates':
      return datesFields(plan, w);
    case 'curriculumEffect':
      return { curriculumEffect: { label: w.partLabels.curriculumEffect.curriculumEffect, value: richTextToPlain(plan.curriculumEffect) } };
    case 'placement':
      return placementFields(plan, w);
    case 'extendedSchoolYear':
      return esyFields(plan, w);
    case 'transition':
      return transitionFields(plan, w);
    case 'meetingTeam':
      return meetingTeamFields(meetings, timeZone, w);
    case 'parentParticipation':
      return parentParticipationFields(plan, w);
    case 'priorWrittenNotice':
      return priorNoticeFields(plan, w);
  }
}

export function assessmentFields(assessment: AssessmentView, w: DiffWords = englishDiffWords): Fields {
  const labels = w.partLabels.assessments;
  return {
    name: { label: labels.name, value: assessment.name },
    participation: { label: labels.participation, value: w.vocabulary.assessmentParticipation[assessment.participation] },
    accommodations: { label: labels.accommodations, value: assessment.accommodations },
    whyNotRegular: { label: labels.whyNotRegular, value: assessment.whyNotRegular },
    whyAlternate: { label: labels.whyAlternate, value: assessment.whyAlternate },
  };
}

export const assessmentLabel = (assessment: AssessmentView, w: DiffWords = englishDiffWords) => assessment.name || w.unnamedAssessment;

export function contactAttemptFields(attempt: ContactAttemptView, w: DiffWords = englishDiffWords): Fields {
  const labels = w.partLabels.contactAttempts;
  return {
    date: { label: labels.date, value: diffDay(w, attempt.date) },
    method: { label: labels.method, value: w.vocabulary.contactMethod[attempt.method] },
    text: { label: labels.text, value: attempt.text },
  };
}

export const contactAttemptLabel = (attempt: ContactAttemptView, w: DiffWords = englishDiffWords) =>
  [diffDay(w, attempt.date), w.vocabulary.contactMethod[attempt.method]].filter(Boolean).join(', ') || w.contactAttempt;
