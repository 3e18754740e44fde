import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseloadView, IepRulesView, MeetingCoverageView } from '../../shared/api';
import { addYears, todayIn } from '../../shared/iepDates';
import { meetingDoc, planDoc } from '../../shared/schema';
import { writeCompletePlan } from '../helpers/completePlan';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('the caseload', () => {
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let secondStudent: string;
  let editor: CollabClient;
  const as = (cookie: string): ApiClient => apiClient(server.url, { cookie });
  const manager = () => as(team.members.manager!.cookie);
  const today = () => todayIn('America/Chicago');

  beforeEach(async () => {
    server = await startTestServer({ schoolTimeZone: 'America/Chicago', transitionAge: 14 });
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent', teacher: 'teacher' });
    other = await seedTeam(server.services, { otherManager: 'case_manager' });
    // The same case manager manages a second student, whose review is not due for months.
    secondStudent = (await server.services.workspaces.create(team.members.manager!.userId, { studentName: 'Alex Second', gradeOrBirthDate: '', school: '' })).id;
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    await editor.synced;
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('lists the overdue annual review first, with meetings, signatures and unread conversations', async () => {
    const lastYear = addYears(today(), -1)!;
    const overdueMeeting = addYears(today(), -2)!;
    // Written live by a teacher on the first student's plan: the meeting was two years ago.
    // Complete enough to propose, so a version can wait for signatures; then the old dates.
    writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
    planDoc(editor.doc).dates.update({ meetingDate: overdueMeeting, startDate: overdueMeeting, endDate: lastYear });
    await server.services.rooms.change(`${secondStudent}/plan`, (doc) => {
      planDoc(doc).dates.update({ meetingDate: today(), startDate: today(), endDate: addYears(today(), 1)! });
    });

    const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect((await manager().request('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'annual_review', startsAt })).status).toBe(201);
    await eventually(async () => {
      const stored = await manager().request<{ plan: { dates: { meetingDate: string } } }>('GET', `/api/workspaces/${team.workspaceId}/plan`);
      expect(stored.body.plan.dates.meetingDate).toBe(overdueMeeting);
    });
    expect((await manager().request('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Draft for review' })).status).toBe(201);
    const anchor = { kind: 'item', ref: { doc: 'plan', section: 'dates' }, label: 'Dates' };
    expect((await as(team.members.parent!.cookie).request('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body: 'Can we meet earlier?' })).status).toBe(201);

    const { status, body } = await manager().request<CaseloadView>('GET', '/api/caseload');
    expect(status).toBe(200);
    expect(body.today).toBe(today());
    expect(body.students.map((student) => student.studentName)).toEqual(['Sam Example', 'Alex Second']);
    const [first, second] = body.students;
    expect(first?.due[0]).toMatchObject({ kind: 'annualReview', overdue: true, due: addYears(overdueMeeting, 1) });
    expect(first?.upcomingMeetings.map((meeting) => meeting.startsAt)).toEqual([startsAt]);
    expect(first?.awaitingSignature).toHaveLength(1);
    expect(first?.unreadConversations).toBe(1);
    // Everything but what the meeting itself completes: who attended and the prior written notice.
    expect(first?.completeness).toBe('11 of 13 required parts complete');
    expect([first?.requiredComplete, first?.requiredTotal]).toEqual([11, 13]);
    expect(second?.due[0]).toMatchObject({ kind: 'annualReview', overdue: false });
    expect(second?.unreadConversations).toBe(0);
  });

  it('shows each person only the students they belong to, and refuses anyone signed out', async () => {
    const mine = await as(other.members.otherManager!.cookie).request<CaseloadView>('GET', '/api/caseload');
    expect(mine.body.students.map((student) => student.workspaceId)).toEqual([other.workspaceId]);
    const parents = await as(team.members.parent!.cookie).request<CaseloadView>('GET', '/api/caseload');
    expect(parents.body.students.map((student) => student.workspaceId)).toEqual([team.workspaceId]);
    const anonymous = await apiClient(server.url).request<{ error: { id: string } }>('GET', '/api/caseload');
    expect(anonymous.status).toBe(401);
    const probe = await as(other.members.otherManager!.cookie).request<{ error: { id: string } }>('GET', `/api/workspaces/${team.workspaceId}/team-coverage`);
    expect(probe.status).toBe(403);
    expect(probe.body.error.id).toBe('not_a_member');
  });

  it('reports the configured ages and which required participants each meeting had', async () => {
    const rules = await manager().request<IepRulesView>('GET', '/api/iep-rules');
    expect(rules.body).toEqual({ transitionAge: 14, majorityAge: 18, today: today() });
    const startsAt = new Date(Date.now() - 86_400_000).toISOString();
    const created = await manager().request<{ meeting: { docName: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'iep_meeting', startsAt });
    const meeting = connectClient(server.wsUrl, created.body.meeting.docName, { params: { token: team.members.teacher!.token } });
    try {
      await meeting.synced;
      const live = meetingDoc(meeting.doc);
      live.attendance.mark({ userId: team.members.parent!.userId, name: 'parent', role: 'parent' }, 'remote');
      live.attendance.mark({ userId: team.members.teacher!.userId, name: 'teacher', role: 'teacher' }, 'in_person');
      live.attendance.mark({ userId: team.members.manager!.userId, name: 'manager', role: 'case_manager' }, 'in_person');
      live.team.guests.add({ name: 'Mr. Okafor', role: 'district_representative' }, authorOf(team, 'teacher'));
      live.team.excusals.add({ participant: 'evaluation_interpreter', name: 'Dr. Shah', parentAgreedInWriting: true, agreementDate: today() }, authorOf(team, 'teacher'));
      await eventually(async () => {
        const { body } = await manager().request<{ meetings: MeetingCoverageView[]; covered: boolean }>('GET', `/api/workspaces/${team.workspaceId}/team-coverage`);
        expect(body.meetings[0]?.coverage.map((entry) => entry.state)).toEqual(['present', 'present', 'present', 'present', 'excused']);
        expect(body.covered).toBe(true);
      });
    } finally {
      meeting.destroy();
    }
  });
});
