import { expect } from 'vitest';
import { meetingDoc, planDoc, ProgressDoc, writePlainParagraphs } from '../../shared/schema';
import { addDays, mondayOf, todayIn } from '../../shared/scheduleTime';
import { apiClient } from './apiClient';
import { writeCompletePlan } from './completePlan';
import { authorOf, type SeededTeam } from './seed';
import type { TestServer } from './testServer';

export interface BusyWorkspace {
  readonly workspaceId: string;
  readonly meetingId: string;
  /** The secret of a pending invitation, for the invitation page. */
  readonly invitationSecret: string;
}

/** Who is who in the team `seedBusyWorkspace` fills: the keys of `useBrowserTeam`'s people. */
export interface BusyTeamPeople {
  readonly manager: string;
  readonly therapist: string;
  readonly parent: string;
}

const zone = 'America/Chicago';
const link = 'https://riverside-elementary.example.org/occupational-therapy/handwriting-practice-sheets-week-3.pdf';

/**
 * A student whose workspace has something on every page, with the long names, titles, links
 * and addresses that real teams type: a complete plan with history, a meeting with agenda,
 * attendance, notes, a decision and an action item, a week of sessions with a conflict,
 * progress points from school and home, a delivered and a missed session in the service log,
 * a session note, a version waiting for signatures, a pending invitation and a consent.
 */
export async function seedBusyWorkspace(server: TestServer, team: SeededTeam, people: BusyTeamPeople): Promise<BusyWorkspace> {
  const { services } = server;
  const member = (name: string) => team.members[name]!;
  const managerId = member(people.manager).userId;
  const workspace = await services.workspaces.create(managerId, {
    studentName: 'Maximiliano Alejandro Hernández-Villanueva',
    gradeOrBirthDate: 'Grade 2',
    school: 'Riverside Elementary School for the Arts and Sciences',
  });
  const workspaceId = workspace.id;
  await services.workspaces.addMember(workspaceId, member(people.therapist).userId, 'school_therapist', null);
  await services.workspaces.addMember(workspaceId, member(people.parent).userId, 'parent', null);
  await services.workspaces.setTimeZone(workspaceId, zone);
  const author = authorOf(team, people.manager);

  // Written as the case manager (the origin names her), so the plan's history lists it.
  const asManager = { actor: { userId: managerId, name: people.manager, role: 'case_manager' } };
  let goalId = '';
  let serviceId = '';
  await services.rooms.change(`${workspaceId}/plan`, (doc) => {
    const plan = planDoc(doc);
    goalId = writeCompletePlan(plan, author, 'Writes three complete sentences with a tripod grip and even spacing between words');
    serviceId = plan.services.list()[0]!.id;
  }, asManager);

  const meeting = await services.meetings.create(workspaceId, { kind: 'iep_meeting', title: 'Annual IEP review and transition planning with the whole team', startsAt: '2026-12-03T16:00:00.000Z' }, managerId);
  await services.rooms.change(meeting.docName, (doc) => {
    const live = meetingDoc(doc);
    // As the scheduling route does: the page shows the kind and time from its document.
    live.meta.setKind(meeting.kind);
    live.meta.setStartsAt(meeting.startsAt);
    live.meta.setTitle(meeting.title);
    live.agenda.add({ text: 'Welcome, introductions and the family’s concerns about handwriting homework' }, author);
    live.agenda.add({ text: `Progress on the goals since spring: ${link}` }, author);
    live.agenda.add({ text: 'Occupational therapy minutes for the next year' }, author);
    live.attendance.mark({ userId: managerId, name: people.manager, role: 'case_manager' }, 'in_person');
    live.attendance.mark({ userId: member(people.parent).userId, name: people.parent, role: 'parent' }, 'remote');
    live.team.guests.add({ name: 'Dr. Oluwaseun Adebayo-Fitzgerald', role: 'district_representative' }, author);
    writePlainParagraphs(live.notes.fragment(), `The family shared a video of homework time: ${link}`);
    live.decisions.add({ text: 'Add a slant board and a pencil grip to the classroom supports' }, author);
    live.actionItems.add({ text: 'Send the family the handwriting practice sheets', owner: { userId: managerId, name: people.manager }, due: '2026-12-10' }, author);
  });

  const as = (name: string) => apiClient(server.url, { cookie: member(name).cookie });
  const [manager, therapist, parent] = [as(people.manager), as(people.therapist), as(people.parent)];
  const monday = mondayOf(todayIn(zone));
  const sessions = `/api/workspaces/${workspaceId}/schedule/sessions`;
  const added = await Promise.all([
    // School therapy during the protected reading block: a conflict on the week and its list.
    therapist.request('POST', sessions, { kind: 'school_service', title: 'Occupational therapy: handwriting and sensory regulation', serviceId, start: `${addDays(monday, 1)}T09:00`, minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' }),
    manager.request('POST', sessions, { kind: 'protected', title: 'Reading block', start: `${monday}T08:30`, minutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }),
    parent.request('POST', sessions, { kind: 'home', title: 'Swimming lessons at the community centre', start: `${addDays(monday, 2)}T16:30`, minutes: 60, rrule: '' }),
  ]);
  expect(added.map((response) => response.status)).toEqual([201, 201, 201]);

  await services.rooms.change(`${workspaceId}/progress`, (doc) => {
    const progress = new ProgressDoc(doc);
    [30, 45, 40, 60, 70].forEach((value, week) => {
      const recorder = week % 2 ? people.parent : people.therapist;
      progress.add({ goalId, date: addDays(todayIn(zone), -7 * (5 - week)), value, setting: week % 2 ? 'home' : 'school', note: `Three sentences, spacing mostly even; sheet at ${link}` }, authorOf(team, recorder));
    });
  });

  const log = `/api/workspaces/${workspaceId}/service-log`;
  expect((await therapist.request('POST', log, { serviceId, date: todayIn(zone), status: 'delivered', minutes: 30, note: `Slant board, pencil grip and a movement break; ${link}` })).status).toBe(201);
  expect((await therapist.request('POST', log, { serviceId, date: addDays(todayIn(zone), -1), status: 'missed_child', minutes: 0, note: 'Absent' })).status).toBe(201);
  expect((await therapist.request('POST', `/api/workspaces/${workspaceId}/notes`, { targetKind: 'goal', targetId: goalId, body: `The slant board helped a lot today. Practice sheet: ${link}` })).status).toBe(201);
  expect((await manager.request('POST', `/api/workspaces/${workspaceId}/versions`, { title: 'Annual IEP 2026–2027 with the new occupational therapy minutes' })).status).toBe(201);
  // Changed since the version, so comparing them shows what changed.
  await services.rooms.change(`${workspaceId}/plan`, (doc) => {
    const plan = planDoc(doc);
    plan.goals.update(goalId, { target: 'Writes five complete sentences with a tripod grip, even spacing and capital letters' });
    plan.supports.add({ kind: 'assistive_technology', title: 'Slant board and pencil grip', description: `Used for every written task; how to set it up: ${link}` }, author);
  }, asManager);

  const invitation = await manager.request<{ link: string }>('POST', `/api/workspaces/${workspaceId}/invitations`, { email: 'grandparent.of.maximiliano.hernandez@riverside-elementary-school.example.org', role: 'teacher' });
  expect(invitation.status).toBe(201);
  await services.consents.create({
    workspaceId,
    grantedBy: member(people.parent).userId,
    recipientEmail: 'clinic.occupational.therapist@northside-pediatric-therapy.example.org',
    sharedScope: 'Goals, supports, services and meeting notes of the IEP',
    scopeItems: ['plan', 'schedule'],
    purpose: 'Align clinic occupational therapy with school goals',
  });
  return { workspaceId, meetingId: meeting.id, invitationSecret: invitation.body.link.split('/invite/')[1]! };
}
