import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VersionView } from '../../shared/api';
import type { PlanDiff } from '../../shared/planDiff';
import { meetingDoc, planDoc } from '../../shared/schema';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** A change to any IEP part between two versions shows in their comparison. */
describe('comparing versions across every IEP part', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const base = () => `/api/workspaces/${team.workspaceId}`;
  const settled = async () => {
    const expected = JSON.parse(JSON.stringify(planDoc(editor.doc).snapshot()));
    await eventually(async () => expect((await as('manager').request<{ plan: unknown }>('GET', `${base()}/plan`)).body.plan).toEqual(expected));
  };
  const propose = async (title: string) => (await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title })).body.version;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    await editor.synced;
    writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
    await settled();
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('shows a change to extended school year, transition and the team at a meeting', async () => {
    const created = await as('manager').request<{ meeting: { id: string; docName: string } }>('POST', `${base()}/meetings`, { kind: 'annual_review', title: 'Annual review', startsAt: '2026-12-03T16:00:00.000Z' });
    const first = await propose('Version 1');

    const plan = planDoc(editor.doc);
    plan.extendedSchoolYear.setConsidered(true);
    plan.extendedSchoolYear.setDecision('eligible');
    plan.extendedSchoolYear.setText('services', 'Speech therapy twice a week in July');
    plan.transition.setText('courseOfStudy', 'Vocational track');
    await settled();
    const meeting = connectClient(server.wsUrl, created.body.meeting.docName, { params: { token: team.members.teacher!.token } });
    try {
      await meeting.synced;
      meetingDoc(meeting.doc).team.guests.add({ name: 'Mr. Okafor', role: 'district_representative' }, authorOf(team, 'teacher'));
      await eventually(async () => expect((await server.services.documents.readMeeting(team.workspaceId, created.body.meeting.id)).guests).toHaveLength(1));
    } finally {
      meeting.destroy();
    }
    const second = await propose('Version 2');

    const { body } = await as('parent').request<{ changes: PlanDiff }>('GET', `${base()}/versions/${second.id}/changes?from=${first.id}`);
    const fields = (part: string) => body.changes.parts.find((entry) => entry.part === part)?.fields.map((field) => [field.field, field.after]);
    expect(fields('extendedSchoolYear')).toEqual([
      ['decision', 'Extended school year services will be provided'],
      ['services', 'Speech therapy twice a week in July'],
    ]);
    expect(fields('transition')).toEqual([['courseOfStudy', 'Vocational track']]);
    expect(fields('meetingTeam')).toEqual(
      expect.arrayContaining([
        [`${created.body.meeting.id}.coverage`, expect.stringContaining('District representative: present (Mr. Okafor)')],
        [`${created.body.meeting.id}.guests`, 'Mr. Okafor (District representative)'],
      ]),
    );
    expect(body.changes.goals.changed).toEqual([]);
    // The meeting (4 PM UTC on 3 December) is dated on the clock the versions froze, and stays so
    // after the team moves to a zone where it fell on the 4th.
    const labels = (diff: PlanDiff) => diff.parts.find((entry) => entry.part === 'meetingTeam')?.fields.map((field) => field.label);
    expect(labels(body.changes)).toContain('Annual review (Dec 3, 2026): others present');
    expect((await as('manager').request('PUT', `${base()}/time-zone`, { timeZone: 'Pacific/Kiritimati' })).status).toBe(200);
    const later = await as('parent').request<{ changes: PlanDiff }>('GET', `${base()}/versions/${second.id}/changes?from=${first.id}`);
    expect(labels(later.body.changes)).toEqual(labels(body.changes));

    // The live draft against the last version: an ESY change made since shows at once.
    plan.extendedSchoolYear.setText('reason', 'Regression over winter break');
    await settled();
    const toDraft = await as('parent').request<{ changes: PlanDiff }>('GET', `${base()}/versions/${second.id}/changes?from=${second.id}&to=draft`);
    expect(toDraft.body.changes.parts.map((entry) => entry.part)).toEqual(['extendedSchoolYear']);
  });
});
