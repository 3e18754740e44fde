import { addDays, addYears, todayIn } from '../shared/iepDates';
import { meetingDocName, planDocName } from '../shared/docName';
import { roleDefinitions, type Role } from '../shared/roles';
import { meetingDoc, planDoc, writePlainParagraphs, type Author, type PlanDoc } from '../shared/schema';
import type { Services } from '../server/services';
import { seedDemoProgress } from './demoProgress';
import type { DemoMember } from './demoWeek';
import { instantOfWallClock } from '../shared/wallClock';
import type { ActorOrigin } from '../server/history/HistoryRecorder';

/**
 * The draft a team brings to its annual meeting: the teacher's, therapists' and family's words
 * already in, about half of the law's checklist still to agree. Someone trying the demo sees
 * a real plan take shape, each part in the words of the person who wrote it, and what the
 * meeting must still settle. Written once: a plan that already has goals is left alone.
 */
export async function seedDemoPlan(services: Services, workspaceId: string, members: readonly DemoMember[], timeZone: string): Promise<void> {
  if ((await services.documents.readPlan(workspaceId)).goals.length > 0) return;
  const by = (role: Role): Author => {
    const member = members.find((candidate) => candidate.role === role)!;
    return { userId: member.id, name: member.name, role, setting: roleDefinitions[role].setting };
  };
  const today = todayIn(timeZone);
  const meetingDate = addDays(today, 12)!;
  const startDate = addDays(meetingDate, 5)!;

  // Each person writes their own part, as they would from their own device before the meeting.
  await write(services, workspaceId, by('case_manager'), (plan) => {
    plan.student.update({ dateOfBirth: addYears(today, -7)!, grade: '2', school: 'Riverside Elementary', eligibilityDate: addYears(today, -1)!, homeLanguage: 'English and Spanish' });
    plan.student.setCategory('speech_language_impairment', true);
    plan.dates.update({ meetingDate, startDate, endDate: addDays(addYears(startDate, 1)!, -1)! });
    plan.parentParticipation.update({ noticeSentDate: addDays(today, -3)!, noticeMethod: 'letter' });
  });
  await write(services, workspaceId, by('teacher'), (plan, author) => {
    writePlainParagraphs(plan.presentLevels.fragment('reading'), 'Maya reads 42 words a minute in grade 2 text (benchmark: 72). She knows every letter sound and decodes short words; longer words slow her down.\nShe understands stories read aloud and retells them in order.');
    writePlainParagraphs(plan.presentLevels.fragment('writing'), 'She writes two or three sentences with a model. Letters are often reversed or sized unevenly, and copying from the board takes her twice as long as her classmates.');
    plan.curriculumEffect.setPlain('Slow reading and tiring handwriting keep Maya from finishing class work on her own, most of all in science and social studies, where the reading is heavier.');
    plan.goals.add(
      {
        area: 'reading',
        status: 'draft',
        responsibleRoles: ['teacher', 'case_manager'],
        baseline: 'Reads 42 correct words a minute in grade 2 text',
        target: '65 correct words a minute, in 3 of 4 weekly probes',
        measurement: 'Weekly one-minute reading probes',
        progressSchedule: 'Quarterly',
        description: 'Given a grade 2 passage she has not read before, Maya will read aloud at 65 correct words a minute.',
      },
      author,
    );
    plan.supports.add({ kind: 'accommodation', title: 'Extra time', description: 'Time and a half on written work and tests.', use: { classroom: { status: 'used' } } }, author);
  });
  await write(services, workspaceId, by('school_therapist'), (plan, author) => {
    writePlainParagraphs(plan.presentLevels.fragment('fine_motor'), 'Maya holds her pencil with a fisted grip and tires after about five minutes of writing. She cuts along a straight line but not around curves.');
    plan.goals.add(
      {
        area: 'fine_motor',
        status: 'draft',
        settings: ['school', 'clinic'],
        responsibleRoles: ['school_therapist', 'clinical_therapist'],
        baseline: 'Copies 4 of 10 letters legibly, with a fisted grip',
        target: 'Copies 8 of 10 letters legibly with a tripod grip, in 4 of 5 sessions',
        measurement: 'Work samples scored by the therapist',
        progressSchedule: 'Quarterly',
      },
      author,
    );
    plan.services.add({ type: 'ot', provider: 'School occupational therapist', frequency: 'Once a week', duration: '45 min', location: 'OT room', startDate, minutesPerWeek: 45, setting: 'outside_general_education' }, author);
    plan.supports.add({ kind: 'assistive_technology', title: 'Pencil grip and slant board', use: { classroom: { status: 'used' }, home: { status: 'used' } } }, author);
  });
  await write(services, workspaceId, by('clinical_therapist'), (plan, author) => {
    writePlainParagraphs(plan.presentLevels.fragment('sensory'), 'At the clinic Maya seeks movement when she has to sit for long; a short movement break before table work helps her stay with it for 15 minutes.');
    plan.supports.add({ kind: 'sensory_strategy', title: 'Movement break before writing', description: 'Two minutes of wall push-ups or carrying books before a writing task.', use: { classroom: { status: 'not_used', note: 'To try in class' }, clinic: { status: 'used' } } }, author);
  });
  await write(services, workspaceId, by('parent'), (plan) => {
    plan.parentInput.setPlain('Maya loves stories and asks us to read to her every night, but gets upset when she has to write. Homework takes more than an hour. We would like her to enjoy reading on her own.');
  });
  await seedMeeting(services, workspaceId, by('case_manager'), instantOfWallClock(`${meetingDate}T15:30`, timeZone));
  await seedDemoProgress(services, workspaceId, { teacher: by('teacher'), schoolTherapist: by('school_therapist'), clinicTherapist: by('clinical_therapist'), parent: by('parent') }, timeZone);
}

/** One person's part of the plan, written as theirs: the plan's History says who wrote what. */
async function write(services: Services, workspaceId: string, author: Author, apply: (plan: PlanDoc, author: Author) => void): Promise<void> {
  const origin: ActorOrigin = { actor: { userId: author.userId, name: author.name, role: author.role } };
  await services.rooms.change(
    planDocName(workspaceId),
    (doc) => {
      const plan = planDoc(doc);
      doc.transact(() => apply(plan, author), plan.origin);
    },
    origin,
  );
}

/** The annual meeting on the plan's meeting date, after school, with the agenda sent out. */
async function seedMeeting(services: Services, workspaceId: string, manager: Author, startsAt: string): Promise<void> {
  const meeting = await services.meetings.create(workspaceId, { kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt }, manager.userId);
  await services.rooms.change(meetingDocName(workspaceId, meeting.id), (doc) => {
    const written = meetingDoc(doc);
    written.meta.setKind('iep_meeting');
    written.meta.setStartsAt(startsAt);
    written.meta.setTitle('Annual IEP meeting');
    for (const text of ['How Maya is doing: teacher, therapists and family', 'Reading and handwriting goals', 'Services and where they happen', 'Extended school year and placement', 'What the family sees at home']) {
      written.agenda.add({ text }, manager);
    }
  });
}
