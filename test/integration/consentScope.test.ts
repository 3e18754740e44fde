import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseloadView, ConsentView } from '../../shared/api';
import type { ConsentScopeItem } from '../../shared/consentScope';
import type { NoteTargetView, SessionNoteView } from '../../shared/scheduleApi';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { upgradeStatus } from '../helpers/rawSocket';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { startTestServer, type TestServer } from '../helpers/testServer';

describe('consent scope as the boxes the parent ticked', () => {
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let goalId: string;
  const api = (name: string, from: SeededTeam = team): ApiClient => apiClient(server.url, { cookie: from.members[name]!.cookie });
  const notes = () => `/api/workspaces/${team.workspaceId}/notes`;
  const consentFor = async (scopeItems: ConsentScopeItem[] | null, sharedScope: string) => {
    const consent = (await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope, scopeItems, purpose: 'Coordinate OT' }));
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    return consent;
  };
  const schoolSees = async () => (await api('priya').request<{ notes: SessionNoteView[] }>('GET', notes())).body.notes.map((n) => n.body);

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { dana: 'case_manager', priya: 'school_therapist', chen: 'clinical_therapist', alex: 'parent', olive: 'observer' });
    other = await seedTeam(server.services, { stranger: 'case_manager' });
    [goalId] = await writePlan(server, team, 'dana', (plan) => [plan.goals.add({ area: 'fine_motor', target: 'Tripod grip' }, authorOf(team, 'dana'))], (plan) => plan.goals.list().length === 1);
  });
  afterEach(async () => {
    await server.close();
  });

  it('shares clinic notes with school only when “session notes” is ticked, whatever the words say', async () => {
    // The words name fine motor, but the parent ticked only the plan: notes stay at the clinic.
    await consentFor(['plan', 'schedule'], 'Everything about fine motor');
    const targets = await api('chen').request<{ targets: NoteTargetView[] }>('GET', `${notes()}/targets`);
    expect(targets.body.targets).toEqual([{ kind: 'goal', id: goalId, area: 'fine_motor', label: 'Tripod grip', audience: 'clinic_and_family' }]);
    const shared = await api('chen').request<{ note: SessionNoteView }>('POST', notes(), { targetKind: 'goal', targetId: goalId, body: 'Putty warm-up worked' });
    expect(shared.body.note.audience).toBe('clinic_and_family');
    expect(await schoolSees()).toEqual([]);
    expect((await api('alex').request<{ notes: SessionNoteView[] }>('GET', notes())).body.notes.map((n) => [n.body, n.audience])).toEqual([['Putty warm-up worked', 'clinic_and_family']]);
  });

  it('reads a consent given as words only narrowly, and a ticked one as ticked', async () => {
    await consentFor(null, 'Progress notes on sensory goals');
    expect((await api('chen').request('POST', notes(), { targetKind: 'goal', targetId: goalId, body: 'Slant board helped' })).status).toBe(201);
    expect(await schoolSees()).toEqual([]);

    const ticked = await consentFor(['plan', 'session_notes'], 'Notes, please');
    expect(await schoolSees()).toEqual(['Slant board helped']);
    const targets = await api('chen').request<{ targets: NoteTargetView[] }>('GET', `${notes()}/targets`);
    expect(targets.body.targets.map((t) => t.audience)).toEqual(['team']);
    // Withdrawn: back to the clinic at once.
    await server.services.consents.revoke(ticked.id, team.members.alex!.userId);
    expect(await schoolSees()).toEqual([]);
  });

  it('stores the boxes with the consent, beside the parent’s words, and refuses bad boxes without recording anything', async () => {
    const invite = (body: Record<string, unknown>) => api('alex').request<{ error?: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/invitations`, { email: 'ot@clinic.example.org', role: 'clinical_therapist', ...body });
    const bad = await invite({ consent: { sharedScope: 'The plan', purpose: 'OT', scope: ['plan', 'diary'] } });
    expect([bad.status, bad.body.error?.id]).toEqual([400, 'invalid_scope']);
    expect((await invite({ consent: { sharedScope: 'The plan', purpose: 'OT', scope: [] } })).status).toBe(400);
    expect((await server.services.consents.listForWorkspace(team.workspaceId))).toEqual([]);

    expect((await invite({ consent: { sharedScope: 'The plan and notes, in my words', purpose: 'OT', scope: ['plan', 'session_notes', 'plan'] } })).status).toBe(201);
    const listed = await api('alex').request<{ consents: ConsentView[] }>('GET', `/api/workspaces/${team.workspaceId}/consents`);
    expect(listed.body.consents.map((c) => [c.sharedScope, c.scopeItems])).toEqual([['The plan and notes, in my words', ['plan', 'session_notes']]]);
    expect((await api('stranger', other).request('GET', `${notes()}/targets`)).status).toBe(403);
    expect((await apiClient(server.url).request('GET', `${notes()}/targets`)).status).toBe(401);
  });
});

describe('what a ticked consent opens to the clinic therapist', () => {
  let server: TestServer;
  let team: SeededTeam;
  const api = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { dana: 'case_manager', chen: 'clinical_therapist', alex: 'parent' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('opens the plan and refuses the schedule and progress when only the plan is ticked, on the socket and the API', async () => {
    const consent = (await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'The plan', scopeItems: ['plan'], purpose: 'OT' }));
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    const upgrade = (doc: string) => upgradeStatus(`${server.wsUrl}/${team.workspaceId}/${doc}?token=${team.members.chen!.token}`);
    expect(await upgrade('plan')).toBe(101);
    expect(await upgrade('schedule')).toBe(403);
    expect(await upgrade('progress')).toBe(403);
    const week = await api('chen').request<{ error: { id: string } }>('GET', `/api/workspaces/${team.workspaceId}/schedule/week`);
    expect([week.status, week.body.error.id]).toEqual([403, 'outside_consent']);
    const progress = await api('chen').request<{ error: { id: string } }>('GET', `/api/workspaces/${team.workspaceId}/progress/report/codes?from=2026-01-01&to=2026-03-31`);
    expect([progress.status, progress.body.error.id]).toEqual([403, 'outside_consent']);
    expect((await api('chen').request('GET', `/api/workspaces/${team.workspaceId}/service-log`)).status).toBe(200);
    expect((await api('chen').request('GET', `/api/workspaces/${team.workspaceId}/meetings`)).status).toBe(200);
    // A workspace id that does not decode costs its sender one refusal, not an error.
    expect((await api('chen').request('GET', '/api/workspaces/%E0%A4%A/schedule/week')).status).toBeLessThan(500);
    // School staff and the family are not limited by anyone's consent.
    expect((await api('dana').request('GET', `/api/workspaces/${team.workspaceId}/schedule/week`)).status).toBe(200);
    expect(await upgradeStatus(`${server.wsUrl}/${team.workspaceId}/schedule?token=${team.members.alex!.token}`)).toBe(101);
  });

  it('keeps the plan’s words, translations included, from a therapist whose consent ticks only the schedule', async () => {
    const consent = (await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'The week', scopeItems: ['schedule'], purpose: 'OT' }));
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    const translations = `/api/workspaces/${team.workspaceId}/translations`;
    for (const [method, path] of [['GET', translations], ['PUT', translations], ['GET', `${translations}?language=es`], ['GET', `/api/workspaces/${team.workspaceId}/%74ranslations`]] as const) {
      const answer = await api('chen').request<{ error?: { id: string } }>(method, path, method === 'PUT' ? { language: 'es', field: 'title', text: 'Plan' } : undefined);
      expect([method, path, answer.status, answer.body.error?.id]).toEqual([method, path, 403, 'outside_consent']);
    }
    expect((await api('chen').request('GET', `/api/workspaces/${team.workspaceId}/schedule/week`)).status).toBe(200);
    expect((await api('dana').request('GET', translations)).status).toBe(200);
  });

  it('shows a therapist whose consent ticks only the schedule the student’s name alone in the caseload', async () => {
    const consent = (await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'The week', scopeItems: ['schedule'], purpose: 'OT' }));
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect((await api('dana').request('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'annual_review', title: 'Annual review: medication', startsAt })).status).toBe(201);
    const caseload = async (name: string) => (await api(name).request<CaseloadView>('GET', '/api/caseload')).body.students.find((student) => student.workspaceId === team.workspaceId)!;

    const chen = await caseload('chen');
    expect(chen).toMatchObject({ planShared: false, upcomingMeetings: [], due: [], awaitingSignature: [], unreadConversations: 0, completeness: '', requiredTotal: 0 });
    expect(JSON.stringify(chen)).not.toContain('medication');
    // The same therapist once the parent ticks the plan too, and the case manager all along.
    await server.services.consents.revoke(consent.id, team.members.alex!.userId);
    const widened = await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'The week and the plan', scopeItems: ['schedule', 'plan'], purpose: 'OT' });
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', widened.id);
    expect((await caseload('chen')).upcomingMeetings.map((meeting) => meeting.title)).toEqual(['Annual review: medication']);
    expect((await caseload('dana')).planShared).toBe(true);
  });

  it('keeps the access a consent given as words only always gave', async () => {
    const consent = (await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'Goals and supports', purpose: 'OT' }));
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    expect(await upgradeStatus(`${server.wsUrl}/${team.workspaceId}/schedule?token=${team.members.chen!.token}`)).toBe(101);
    expect((await api('chen').request('GET', `/api/workspaces/${team.workspaceId}/schedule/week`)).status).toBe(200);
  });
});
