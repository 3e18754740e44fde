import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDoc } from '../../shared/schema';
import type { VersionView } from '../../shared/api';
import type { PlanDiff } from '../../shared/planDiff';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';


describe('versions and signatures', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const versionsPath = () => `/api/workspaces/${team.workspaceId}/versions`;
  const propose = async (title: string, body: Record<string, unknown> = {}) =>
    (await as('manager').request<{ version: VersionView }>('POST', versionsPath(), { title, ...body })).body.version;
  const sign = (name: string, version: VersionView, decision = 'agree', hash = version.hash) =>
    as(name).request<{ version: VersionView }>('POST', `${versionsPath()}/${version.id}/signatures`, {
      decision,
      versionHash: hash,
      statement: '',
      typedName: `${name} Fullname`,
      password: testPassword,
    });
  /** Waits until the server has stored what the editor wrote, as a person would before proposing. */
  const settled = async () => {
    const expected = JSON.parse(JSON.stringify(planDoc(editor.doc).snapshot()));
    await eventually(async () => {
      const stored = await as('manager').request<{ plan: unknown }>('GET', `/api/workspaces/${team.workspaceId}/plan`);
      expect(stored.body.plan).toEqual(expected);
    });
  };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent', observer: 'observer' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    await editor.synced;
    // Proposing needs a complete plan: present levels, a measurable goal, a described service, parent input.
    writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
    await settled();
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('freezes the plan with a SHA-256 and becomes agreed only when every required member agrees', async () => {
    planDoc(editor.doc).goals.add({ area: 'fine_motor', baseline: 'Fisted', target: 'Tripod grip for 10 minutes', measurement: 'Timed', progressSchedule: 'Quarterly' }, authorOf(team, 'teacher'));
    await settled();
    const version = await propose('Annual IEP, November 2026');
    expect(version.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(version.status).toBe('proposed');
    // Everyone whose role signs, and not the observer.
    expect(new Set(version.requiredSigners)).toEqual(new Set(['manager', 'teacher', 'parent'].map((n) => team.members[n]!.userId)));

    expect((await sign('manager', version)).body.version.status).toBe('proposed');
    expect((await sign('teacher', version, 'agree_with_reservations')).body.version.status).toBe('proposed');
    const last = await sign('parent', version);
    expect(last.status).toBe(201);
    expect(last.body.version.status).toBe('agreed');
    expect(last.body.version.signatures.map((s) => s.versionHash)).toEqual([version.hash, version.hash, version.hash]);

    // Later edits to the live plan do not touch the frozen version.
    planDoc(editor.doc).goals.add({ area: 'fine_motor', baseline: 'b', target: 'Asks for help', measurement: 'm', progressSchedule: 'Quarterly' }, authorOf(team, 'teacher'));
    await settled();
    const frozen = await as('parent').request<{ plan: { goals: unknown[] } }>('GET', `${versionsPath()}/${version.id}/plan`);
    expect(frozen.body.plan.goals).toHaveLength(2);
  });

  it('refuses a signature on a stale hash, a second signature, and an observer', async () => {
    const version = await propose('Draft for review');
    const stale = await sign('teacher', version, 'agree', 'f'.repeat(64));
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { id: 'stale_hash' } });
    expect((await sign('observer', version)).status).toBe(403);
    expect((await sign('teacher', version, 'disagree')).status).toBe(201);
    expect((await sign('teacher', version, 'agree')).status).toBe(409);
    const listed = await as('observer').request<{ versions: VersionView[] }>('GET', versionsPath());
    expect(listed.body.versions[0]!.signatures).toHaveLength(1);
    expect(listed.body.versions[0]!.signatures[0]!.decision).toBe('disagree');
  });

  it('lets the case manager choose who must sign, and a disagreement keeps it from being agreed', async () => {
    const version = await propose('Amendment 1', { requiredSigners: [team.members.manager!.userId, team.members.parent!.userId] });
    expect((await as('teacher').request('PUT', `${versionsPath()}/${version.id}/signers`, { userIds: [team.members.teacher!.userId] })).status).toBe(403);
    const bad = await as('manager').request('PUT', `${versionsPath()}/${version.id}/signers`, { userIds: [team.members.observer!.userId] });
    expect(bad.status).toBe(400);
    await sign('manager', version);
    expect((await sign('parent', version, 'disagree')).body.version.status).toBe('proposed');
  });

  it('signs with intent: a typed full name and the password, kept on the record', async () => {
    const version = await propose('Annual IEP');
    const path = `${versionsPath()}/${version.id}/signatures`;
    const base = { decision: 'agree', versionHash: version.hash, statement: '' };
    const unnamed = await as('parent').request<{ error: { id: string } }>('POST', path, { ...base, password: testPassword });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.id).toBe('invalid_typedName');
    const wrong = await as('parent').request<{ error: { id: string } }>('POST', path, { ...base, typedName: 'Pat Parent', password: 'not my password' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.id).toBe('wrong_password');
    // A token alone is not the person: without the password it cannot sign.
    const byToken = await apiClient(server.url, {}).request<{ error: { id: string } }>('POST', path, { ...base, typedName: 'Pat Parent' }, { authorization: `Bearer ${team.members.parent!.token}` });
    expect(byToken.status).toBe(403);
    expect(byToken.body.error.id).toBe('password_required');

    const signed = await as('parent').request<{ version: VersionView }>('POST', path, { ...base, decision: 'agree_with_reservations', typedName: '  Pat Parent ', password: testPassword });
    expect(signed.status).toBe(201);
    const record = signed.body.version.signatures[0]!;
    expect(record).toMatchObject({ typedName: 'Pat Parent', method: 'password', timeZone: 'UTC', decision: 'agree_with_reservations' });
    expect(record.affirmation).toBe(`I have read version ${version.number} of Sam’s plan and I agree with reservations.`);
    // Signed in moments ago on this session: the password need not be typed again.
    const recent = await as('manager').request<{ version: VersionView }>('POST', path, { ...base, typedName: 'Morgan Manager' });
    expect(recent.status).toBe(201);
    expect(recent.body.version.signatures.find((s) => s.userId === team.members.manager!.userId)!.method).toBe('recent_sign_in');
    const markdown = await (await fetch(`${server.url}/api/workspaces/${team.workspaceId}/versions/${version.id}/export?format=md`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } })).text();
    expect(markdown).toContain('Pat Parent');
    expect(markdown).toContain(`document code **${version.documentCode}**`);
  });

  it('refuses to propose a plan that misses a required component, listing the gaps', async () => {
    planDoc(editor.doc).parentInput.setPlain('');
    planDoc(editor.doc).services.add({ type: 'speech', provider: 'SLP', frequency: 'weekly' }, authorOf(team, 'teacher'));
    await settled();
    const refused = await as('manager').request<{ error: { id: string; message: string } }>('POST', versionsPath(), { title: 'Too early' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.id).toBe('plan_incomplete');
    expect(refused.body.error.message).toContain('Parent input');
    expect(refused.body.error.message).toContain('Service 2 (Speech');
    expect(refused.body.error.message).toContain('location, duration, start date');
    const checklist = await as('parent').request<{ items: { id: string; level: string; met: boolean }[] }>('GET', `/api/workspaces/${team.workspaceId}/plan/completeness`);
    expect(checklist.body.items.filter((item) => item.level === 'required' && !item.met).map((item) => item.id)).toEqual(
      expect.arrayContaining(['parentInput']),
    );
    expect((await as('manager').request<{ versions: VersionView[] }>('GET', versionsPath())).body.versions).toEqual([]);
  });

  it('lists exactly the changes made between two versions', async () => {
    const plan = planDoc(editor.doc);
    const grip = plan.goals.add({ area: 'fine_motor', baseline: 'Fisted grasp', target: 'Tripod grip for 5 minutes', measurement: 'Timed', progressSchedule: 'Quarterly' }, authorOf(team, 'teacher'));
    const removed = plan.goals.add({ area: 'fine_motor', baseline: 'Fidgets', target: 'Uses a wiggle cushion', measurement: 'Tally', progressSchedule: 'Quarterly' }, authorOf(team, 'teacher'));
    const support = plan.supports.add({ kind: 'accommodation', title: 'Extra time', use: { classroom: { used: true } } }, authorOf(team, 'teacher'));
    await settled();
    const first = await propose('Version 1');
    for (const name of ['manager', 'teacher', 'parent']) await sign(name, first);

    plan.goals.text(grip, 'target')!.delete(0, plan.goals.text(grip, 'target')!.length);
    plan.goals.text(grip, 'target')!.insert(0, 'Tripod grip for 10 minutes');
    plan.goals.remove(removed);
    plan.supports.setUse(support, 'home', { used: true, note: 'homework' });
    const added = plan.services.add(
      { type: 'ot', provider: 'Clinic OT', frequency: 'weekly', duration: '45 minutes', location: 'Clinic', startDate: '2026-10-01', minutesPerWeek: 45, setting: 'outside_general_education' },
      authorOf(team, 'teacher'),
    );
    await settled();
    const second = await propose('Version 2');

    const response = await as('parent').request<{ from: { id: string }; changes: PlanDiff }>('GET', `${versionsPath()}/${second.id}/changes`);
    expect(response.body.from.id).toBe(first.id);
    const { changes } = response.body;
    expect(changes.goals.added).toEqual([]);
    expect(changes.goals.removed.map((g) => g.id)).toEqual([removed]);
    expect(changes.goals.changed).toHaveLength(1);
    expect(changes.goals.changed[0]!.fields.map((f) => [f.field, f.before, f.after])).toEqual([['target', 'Tripod grip for 5 minutes', 'Tripod grip for 10 minutes']]);
    expect(changes.goals.changed[0]!.fields[0]!.words).toEqual([
      { kind: 'same', text: 'Tripod grip for ' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '10' },
      { kind: 'same', text: ' minutes' },
    ]);
    expect(changes.supports.changed[0]!.fields.map((f) => f.field)).toEqual(['use.home']);
    expect(changes.services.added.map((s) => s.id)).toEqual([added]);
    expect(changes.services.removed).toEqual([]);
    expect(changes.sections).toEqual([]);
  });
});
