import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingCoverageView, MemberView, VersionView } from '../../shared/api';
import { meetingDoc, planDoc } from '../../shared/schema';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** Which required participant of 300.321 each member covers, as the case manager sets it. */
describe('team coverage per member', () => {
  let server: TestServer;
  let team: SeededTeam;
  let meeting: CollabClient;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const base = () => `/api/workspaces/${team.workspaceId}`;
  const coversPath = (name: string) => `${base()}/members/${team.members[name]!.userId}/covers`;
  const coverage = async () =>
    (await as('parent').request<{ meetings: MeetingCoverageView[]; covered: boolean }>('GET', `${base()}/team-coverage`)).body;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent', psychologist: 'school_therapist' });
    const created = await as('manager').request<{ meeting: { docName: string } }>('POST', `${base()}/meetings`, { kind: 'iep_meeting', startsAt: '2026-11-30T15:00:00.000Z' });
    meeting = connectClient(server.wsUrl, created.body.meeting.docName, { params: { token: team.members.teacher!.token } });
    await meeting.synced;
    const live = meetingDoc(meeting.doc);
    live.attendance.mark({ userId: team.members.parent!.userId, name: 'parent', role: 'parent' }, 'in_person');
    live.attendance.mark({ userId: team.members.teacher!.userId, name: 'teacher', role: 'teacher' }, 'in_person');
    live.attendance.mark({ userId: team.members.manager!.userId, name: 'manager', role: 'case_manager' }, 'in_person');
    live.attendance.mark({ userId: team.members.psychologist!.userId, name: 'psychologist', role: 'school_therapist' }, 'in_person');
    // By role alone, nobody present is the district representative.
    await eventually(async () => {
      const body = await coverage();
      expect(body.meetings[0]?.coverage.map((entry) => [entry.participant, entry.state])).toEqual([
        ['parent', 'present'],
        ['general_education_teacher', 'present'],
        ['special_education_teacher', 'present'],
        ['district_representative', 'missing'],
        ['evaluation_interpreter', 'present'],
      ]);
      expect(body.covered).toBe(false);
    });
  });
  afterEach(async () => {
    meeting.destroy();
    await server.close();
  });

  it('counts a member for what the case manager says they cover, and returns them to their role’s default', async () => {
    const members = await as('manager').request<{ members: MemberView[] }>('PUT', coversPath('manager'), { covers: ['special_education_teacher', 'district_representative'] });
    expect(members.status).toBe(200);
    expect(members.body.members.find((member) => member.userId === team.members.manager!.userId)).toMatchObject({
      covers: ['special_education_teacher', 'district_representative'],
      coversSet: true,
    });
    const after = await coverage();
    expect(after.meetings[0]?.coverage.find((entry) => entry.participant === 'district_representative')).toEqual({ participant: 'district_representative', state: 'present', names: ['manager'] });
    expect(after.covered).toBe(true);

    // A therapist who does not interpret evaluations covers nothing once the case manager says so.
    await as('manager').request('PUT', coversPath('psychologist'), { covers: [] });
    expect((await coverage()).meetings[0]?.coverage.find((entry) => entry.participant === 'evaluation_interpreter')?.state).toBe('missing');

    const reset = await as('manager').request<{ members: MemberView[] }>('PUT', coversPath('psychologist'), { covers: null });
    expect(reset.body.members.find((member) => member.userId === team.members.psychologist!.userId)).toMatchObject({ covers: ['evaluation_interpreter'], coversSet: false });
    expect((await coverage()).meetings[0]?.coverage.find((entry) => entry.participant === 'evaluation_interpreter')?.state).toBe('present');
  });

  it('freezes who covered whom in a version’s export', async () => {
    await as('manager').request('PUT', coversPath('manager'), { covers: ['special_education_teacher', 'district_representative'] });
    const editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    try {
      await editor.synced;
      writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
      await eventually(async () => expect((await as('manager').request<{ plan: { goals: unknown[] } }>('GET', `${base()}/plan`)).body.plan.goals).toHaveLength(1));
    } finally {
      editor.destroy();
    }
    const version = (await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' })).body.version;
    const read = async () =>
      (await fetch(`${server.url}${base()}/versions/${version.id}/export?format=md`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } })).text();
    const before = await read();
    expect(before).toMatch(/District representative \| Present \| manager/);
    // Changing it afterwards does not rewrite the version.
    await as('manager').request('PUT', coversPath('manager'), { covers: null });
    expect(await read()).toBe(before);
  });

  it('refuses strangers, other workspaces, other roles, non-members and bad lists', async () => {
    const body = { covers: ['district_representative'] };
    expect((await apiClient(server.url, {}).request('PUT', coversPath('teacher'), body)).status).toBe(401);
    const other = await seedTeam(server.services, { outsider: 'case_manager' });
    expect((await apiClient(server.url, { cookie: other.members.outsider!.cookie }).request('PUT', coversPath('teacher'), body)).status).toBe(403);
    expect((await as('teacher').request('PUT', coversPath('teacher'), body)).status).toBe(403);
    expect((await as('parent').request('PUT', coversPath('parent'), body)).status).toBe(403);
    expect((await as('manager').request('PUT', `${base()}/members/${other.members.outsider!.userId}/covers`, body)).status).toBe(404);
    for (const bad of [{ covers: ['principal'] }, { covers: 'parent' }, {}, { covers: [1] }]) {
      const refused = await as('manager').request<{ error: { id: string } }>('PUT', coversPath('teacher'), bad);
      expect(refused.status).toBe(400);
      expect(refused.body.error.id).toBe('invalid_covers');
    }
    // Nothing was changed by the refusals.
    expect((await coverage()).covered).toBe(false);
  });
});
