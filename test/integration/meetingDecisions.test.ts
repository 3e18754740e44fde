import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../shared/schema';
import { meetingDoc } from '../../shared/schema';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('a meeting’s decision carried into the plan', () => {
  let server: TestServer;
  let team: SeededTeam;
  let meetingClient: CollabClient;
  let meetingId: string;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const carry = (name: string, decisionId: string) => as(name).request<{ added: boolean; error?: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings/${meetingId}/decisions/${decisionId}/plan`);
  const planDecisions = async () => (await as('manager').request<{ plan: PlanSnapshot }>('GET', `/api/workspaces/${team.workspaceId}/plan`)).body.plan.decisions;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', observer: 'observer' });
    const created = await as('manager').request<{ meeting: { id: string; docName: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'iep_meeting',
      startsAt: new Date().toISOString(),
    });
    meetingId = created.body.meeting.id;
    meetingClient = connectClient(server.wsUrl, created.body.meeting.docName, { params: { token: team.members.teacher!.token } });
    await meetingClient.synced;
  });
  afterEach(async () => {
    meetingClient.destroy();
    await server.close();
  });

  it('adds it once, marked with the meeting, whoever carries it and however often', async () => {
    const meeting = meetingDoc(meetingClient.doc);
    const decisionId = meeting.decisions.add({ text: 'Speech therapy twice a week from October' }, authorOf(team, 'teacher'));
    const empty = meeting.decisions.add({}, authorOf(team, 'teacher'));
    await eventually(async () => {
      const { body } = await as('manager').request<{ content: { decisions: { id: string }[] } }>('GET', `/api/workspaces/${team.workspaceId}/meetings/${meetingId}`);
      expect(body.content.decisions.map((d) => d.id)).toEqual([decisionId, empty]);
    });

    const first = await carry('teacher', decisionId);
    expect(first.status).toBe(201);
    expect(first.body.added).toBe(true);
    const again = await carry('manager', decisionId);
    expect(again.status).toBe(200);
    expect(again.body.added).toBe(false);
    expect(await planDecisions()).toEqual([expect.objectContaining({ id: decisionId, text: 'Speech therapy twice a week from October', meetingId })]);

    expect((await carry('teacher', empty)).body.error?.id).toBe('empty_decision');
    expect((await carry('teacher', 'no-such-decision')).status).toBe(404);
    const observer = await carry('observer', decisionId);
    expect(observer.status).toBe(403);
    expect(observer.body.error?.id).toBe('role_not_allowed');
    expect(await planDecisions()).toHaveLength(1);
  });
});
