import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseloadStudent, CaseloadView, IepRulesView } from '../../shared/api';
import { addYears, todayIn } from '../../shared/iepDates';
import { meetingDoc, planDoc } from '../../shared/schema';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** The caseload keeps each workspace's summary between requests and drops it when a document changes. */
describe('caseload summaries', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const mine = async (name = 'manager'): Promise<CaseloadStudent> => {
    const { body } = await as(name).request<CaseloadView>('GET', '/api/caseload');
    return body.students.find((student) => student.workspaceId === team.workspaceId)!;
  };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    await editor.synced;
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('shows a plan edit, a meeting change and a new comment on the next request after the summary was kept', async () => {
    const first = await mine();
    expect(first.due).toEqual([]);
    expect(server.services.summaries.size).toBeGreaterThan(0);

    // The plan changes: the annual review becomes overdue.
    const twoYearsAgo = addYears(todayIn('UTC'), -2)!;
    planDoc(editor.doc).dates.update({ meetingDate: twoYearsAgo, startDate: twoYearsAgo });
    await eventually(async () => expect((await mine()).due[0]).toMatchObject({ kind: 'annualReview', overdue: true }));

    // A meeting is scheduled, then moved.
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const created = await as('manager').request<{ meeting: { id: string; docName: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'annual_review', startsAt: soon });
    expect((await mine()).upcomingMeetings.map((meeting) => meeting.startsAt)).toEqual([soon]);
    const later = new Date(Date.now() + 9 * 86_400_000).toISOString();
    expect((await as('teacher').request('PATCH', `/api/workspaces/${team.workspaceId}/meetings/${created.body.meeting.id}`, { startsAt: later })).status).toBe(200);
    await eventually(async () => expect((await mine()).upcomingMeetings.map((entry) => entry.startsAt)).toEqual([later]));

    // A parent writes: the case manager has one unread conversation, which reading clears.
    expect((await mine()).unreadConversations).toBe(0);
    const anchor = { kind: 'item', ref: { doc: 'plan', section: 'dates' }, label: 'Dates' };
    const thread = await as('parent').request<{ threadId: string }>('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body: 'Can we meet earlier?' });
    expect(thread.status).toBe(201);
    await eventually(async () => expect((await mine()).unreadConversations).toBe(1));
    expect((await mine('parent')).unreadConversations).toBe(0);
    await as('manager').request('POST', `/api/workspaces/${team.workspaceId}/threads/${thread.body.threadId}/read`, {});
    expect((await mine()).unreadConversations).toBe(0);
  });

  it('counts a team newly covered at a meeting in the completeness line once the case manager says who covers whom', async () => {
    const startsAt = new Date(Date.now() - 86_400_000).toISOString();
    const created = await as('manager').request<{ meeting: { docName: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'iep_meeting', startsAt });
    const meeting = connectClient(server.wsUrl, created.body.meeting.docName, { params: { token: team.members.teacher!.token } });
    try {
      await meeting.synced;
      const live = meetingDoc(meeting.doc);
      live.attendance.mark({ userId: team.members.parent!.userId, name: 'parent', role: 'parent' }, 'in_person');
      live.attendance.mark({ userId: team.members.teacher!.userId, name: 'teacher', role: 'teacher' }, 'in_person');
      live.attendance.mark({ userId: team.members.manager!.userId, name: 'manager', role: 'case_manager' }, 'in_person');
      live.team.excusals.add({ participant: 'evaluation_interpreter', name: 'Dr. Shah', parentAgreedInWriting: true, agreementDate: todayIn('UTC') }, authorOf(team, 'teacher'));
      await eventually(async () => expect((await server.services.documents.readMeeting(team.workspaceId, created.body.meeting.docName.split('/')[2]!)).excusals).toHaveLength(1));
    } finally {
      meeting.destroy();
    }
    const before = (await mine()).completeness;
    await as('manager').request('PUT', `/api/workspaces/${team.workspaceId}/members/${team.members.manager!.userId}/covers`, { covers: ['special_education_teacher', 'district_representative'] });
    const after = (await mine()).completeness;
    const complete = (line: string) => Number(/^(\d+)/.exec(line)![1]);
    expect(complete(after)).toBe(complete(before) + 1);
  });

  it('judges today in each workspace’s time zone', async () => {
    const east = (await server.services.workspaces.create(team.members.manager!.userId, { studentName: 'Ana East', gradeOrBirthDate: '', school: '' })).id;
    const west = (await server.services.workspaces.create(team.members.manager!.userId, { studentName: 'Wes West', gradeOrBirthDate: '', school: '' })).id;
    // Fourteen hours ahead of UTC and eleven behind: never the same calendar day.
    await server.services.workspaces.setTimeZone(east, 'Pacific/Kiritimati');
    await server.services.workspaces.setTimeZone(west, 'Pacific/Pago_Pago');
    const { body } = await as('manager').request<CaseloadView>('GET', '/api/caseload');
    const todayOf = (id: string) => body.students.find((student) => student.workspaceId === id)!.today;
    expect(todayOf(east)).toBe(todayIn('Pacific/Kiritimati'));
    expect(todayOf(west)).toBe(todayIn('Pacific/Pago_Pago'));
    expect(todayOf(east)).not.toBe(todayOf(west));
    // Meeting times on the caseload are shown on each student's own clock.
    expect(body.students.find((student) => student.workspaceId === east)!.timeZone).toBe('Pacific/Kiritimati');

    const rules = async (id: string) => (await as('manager').request<IepRulesView>('GET', `/api/iep-rules?workspaceId=${id}`)).body.today;
    expect(await rules(east)).toBe(todayIn('Pacific/Kiritimati'));
    expect(await rules(west)).toBe(todayIn('Pacific/Pago_Pago'));
  });

  it('refuses a workspace’s rules to strangers and to members of other workspaces', async () => {
    const path = `/api/iep-rules?workspaceId=${team.workspaceId}`;
    expect((await apiClient(server.url, {}).request('GET', path)).status).toBe(401);
    const other = await seedTeam(server.services, { outsider: 'case_manager' });
    expect((await apiClient(server.url, { cookie: other.members.outsider!.cookie }).request('GET', path)).status).toBe(403);
    expect((await as('parent').request('GET', path)).status).toBe(200);
  });
});
