import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VersionView } from '../../shared/api';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { watchHealth, type HealthWatch } from '../helpers/healthWatch';
import { seedCompletePlan } from '../helpers/completePlan';
import { seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/**
 * Agreement cannot be manufactured: only the case manager proposes and chooses signers, the
 * case manager and every parent always sign, the list freezes at the first signature, and a
 * disagreement stays on its version.
 */
describe('who must sign', () => {
  let server: TestServer;
  let team: SeededTeam;
  let health: HealthWatch;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const versionsPath = () => `/api/workspaces/${team.workspaceId}/versions`;
  const id = (name: string) => team.members[name]!.userId;
  const propose = (name: string, body: Record<string, unknown> = {}) =>
    as(name).request<{ version: VersionView; error?: { id: string; message: string } }>('POST', versionsPath(), { title: 'Annual IEP', ...body });
  const sign = (name: string, version: VersionView, decision = 'agree') =>
    as(name).request<{ version: VersionView }>('POST', `${versionsPath()}/${version.id}/signatures`, signatureBody(name, version, decision));
  const signatureBody = (name: string, version: VersionView, decision: string) => ({ decision, versionHash: version.hash, statement: '', typedName: name, password: testPassword });

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent', guardian: 'parent' });
    // A complete plan, so that only the signer rules can refuse a proposal here.
    await seedCompletePlan(server, team, 'manager', 'case_manager');
    health = watchHealth(server);
  });
  afterEach(async () => {
    const summary = await health.stop();
    await server.close();
    expect(summary.slowestMs).toBeLessThan(500);
  });

  it('refuses a teacher who proposes a version with themselves as the only signer', async () => {
    const response = await propose('teacher', { requiredSigners: [id('teacher')] });
    expect(response.status).toBe(403);
    const listed = await as('parent').request<{ versions: VersionView[] }>('GET', versionsPath());
    expect(listed.body.versions).toEqual([]);
  });

  it('refuses a case manager who leaves a parent off the signers, when proposing or afterwards', async () => {
    const dropped = await propose('manager', { requiredSigners: [id('manager'), id('parent')] });
    expect(dropped.status).toBe(400);
    expect(dropped.body.error).toMatchObject({ id: 'required_signer_missing' });
    expect(dropped.body.error!.message).toContain('guardian');

    const version = (await propose('manager', { requiredSigners: [id('manager'), id('parent'), id('guardian')] })).body.version;
    const change = await as('manager').request<{ error: { id: string } }>('PUT', `${versionsPath()}/${version.id}/signers`, { userIds: [id('manager'), id('guardian')] });
    expect(change.status).toBe(400);
    expect(change.body.error.id).toBe('required_signer_missing');
  });

  it('freezes the signer list at the first signature', async () => {
    const version = (await propose('manager')).body.version;
    expect(new Set(version.requiredSigners)).toEqual(new Set([id('manager'), id('teacher'), id('parent'), id('guardian')]));
    expect((await sign('teacher', version)).status).toBe(201);
    const change = await as('manager').request<{ error: { id: string } }>('PUT', `${versionsPath()}/${version.id}/signers`, {
      userIds: [id('manager'), id('parent'), id('guardian')],
    });
    expect(change.status).toBe(409);
    expect(change.body.error.id).toBe('signers_frozen');
    const listed = await as('parent').request<{ versions: VersionView[] }>('GET', versionsPath());
    expect(listed.body.versions[0]!.requiredSigners).toHaveLength(4);
  });

  it('keeps a disagreement on the record: the version can never become agreed', async () => {
    const version = (await propose('manager', { requiredSigners: [id('manager'), id('parent'), id('guardian')] })).body.version;
    await sign('parent', version, 'disagree');
    await sign('manager', version);
    const last = await sign('guardian', version);
    expect(last.status).toBe(201);
    expect(last.body.version.status).toBe('proposed');
    expect(last.body.version.signatures.find((s) => s.userId === id('parent'))!.decision).toBe('disagree');
    // Someone not asked to sign cannot add an agreement either.
    expect((await sign('teacher', version)).status).toBe(403);
  });
  it('limits password guesses in the signing dialog as signing in does', async () => {
    const version = (await propose('manager')).body.version;
    const guess = (password: string) =>
      as('parent').request<{ error?: { id: string } }>('POST', `${versionsPath()}/${version.id}/signatures`, {
        ...signatureBody('parent', version, 'agree'),
        password,
      });
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await guess(`wrong ${attempt}`)).body.error?.id).toBe('wrong_password');
    // The sixth guess waits, and so does the right password until the wait is over: no signature.
    expect((await guess('wrong 5')).status).toBe(429);
    expect((await guess(testPassword)).status).toBe(429);
    const listed = await as('parent').request<{ versions: VersionView[] }>('GET', versionsPath());
    expect(listed.body.versions[0]!.signatures).toEqual([]);
  });
});
