import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VersionView } from '../../shared/api';
import { planDoc } from '../../shared/schema';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf, seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { withServerDatabase } from '../helpers/serverDatabase';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** Which meeting agreed which version, the export's cover from the student record, and versions from before records were frozen. */
describe('the meeting that agreed a version', () => {
  let server: TestServer;
  let team: SeededTeam;
  let editor: CollabClient;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const base = () => `/api/workspaces/${team.workspaceId}`;
  const exported = async (name: string, versionId: string, format = 'md') =>
    (await fetch(`${server.url}${base()}/versions/${versionId}/export?format=${format}`, { headers: { cookie: team.members[name]!.cookie, 'sec-fetch-site': 'same-origin' } })).text();
  const sign = (name: string, version: VersionView, extra: Record<string, unknown> = {}) =>
    as(name).request<{ version: VersionView; error?: { id: string } }>('POST', `${base()}/versions/${version.id}/signatures`, {
      decision: 'agree',
      versionHash: version.hash,
      statement: '',
      typedName: `${name} Fullname`,
      password: testPassword,
      ...extra,
    });
  const schedule = async (kind: string, title: string, startsAt: string) =>
    (await as('manager').request<{ meeting: { id: string } }>('POST', `${base()}/meetings`, { kind, title, startsAt })).body.meeting.id;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    await editor.synced;
    writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
    const expected = JSON.parse(JSON.stringify(planDoc(editor.doc).snapshot()));
    await eventually(async () => expect((await as('manager').request<{ plan: unknown }>('GET', `${base()}/plan`)).body.plan).toEqual(expected));
  });
  afterEach(async () => {
    editor.destroy();
    await server.close();
  });

  it('links the most recent meeting by default and names it in the agreed version’s exports', async () => {
    await schedule('check_in', 'Fall check-in', '2026-10-01T15:00:00.000Z');
    const review = await schedule('annual_review', 'Annual review', '2026-12-03T16:00:00.000Z');
    // A meeting still to come is never assumed to be the one that agreed it.
    await schedule('iep_meeting', 'Spring meeting', '2099-03-01T15:00:00.000Z');
    const proposed = (await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP' })).body.version;
    expect(proposed.agreedAt).toEqual({ meetingId: review, kind: 'annual_review', title: 'Annual review', startsAt: '2026-12-03T16:00:00.000Z' });
    // Not agreed yet: no copy says it was agreed anywhere.
    expect(await exported('parent', proposed.id)).not.toContain('Agreed at');

    await sign('manager', proposed);
    await sign('teacher', proposed);
    const agreed = (await sign('parent', proposed)).body.version;
    expect(agreed.status).toBe('agreed');
    const markdown = await exported('parent', agreed.id);
    expect(markdown).toContain('Agreed at the annual review meeting on December 3, 2026');
    const listed = (await as('parent').request<{ versions: VersionView[] }>('GET', `${base()}/versions`)).body.versions;
    expect(listed[0]!.agreedAt?.meetingId).toBe(review);

    // Renaming or moving the meeting afterwards leaves the record as it was.
    await as('manager').request('PATCH', `${base()}/meetings/${review}`, { kind: 'annual_review', title: 'Renamed', startsAt: '2026-12-10T16:00:00.000Z' });
    expect(await exported('parent', agreed.id)).toBe(markdown);
    const spanish = await (await fetch(`${server.url}${base()}/versions/${agreed.id}/export?format=md&lang=es`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } })).text();
    expect(spanish).toContain('Acordado en la reunión de revisión anual del 3 de diciembre de 2026');
  });

  it('lets the last signer say which meeting agreed it, and only the last', async () => {
    const checkIn = await schedule('check_in', 'Check-in', '2026-11-20T15:00:00.000Z');
    const meeting = await schedule('iep_meeting', 'IEP meeting', '2026-12-01T15:00:00.000Z');
    const proposed = (await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP', meetingId: null })).body.version;
    expect(proposed.agreedAt).toBeNull();
    // An earlier signer's choice is not taken: others are still reading this record.
    expect((await sign('manager', proposed, { meetingId: checkIn })).body.version.agreedAt).toBeNull();
    const badMeeting = await sign('teacher', proposed, { meetingId: 'm_nowhere' });
    expect(badMeeting.status).toBe(400);
    expect(badMeeting.body.error?.id).toBe('unknown_meeting');
    await sign('teacher', proposed);
    const last = await sign('parent', proposed, { meetingId: meeting });
    expect(last.body.version.status).toBe('agreed');
    expect(last.body.version.agreedAt?.meetingId).toBe(meeting);
    expect(await exported('manager', proposed.id)).toContain('Agreed at the IEP meeting on December 1, 2026');
    // Once agreed, the meeting that agreed it is part of the record.
    const change = await as('manager').request<{ error: { id: string } }>('PUT', `${base()}/versions/${proposed.id}/meeting`, { meetingId: checkIn });
    expect(change.status).toBe(409);
    expect(change.body.error.id).toBe('version_agreed');
  });

  it('lets only the case manager of this workspace change the meeting before agreement', async () => {
    const meeting = await schedule('iep_meeting', 'IEP meeting', '2026-12-01T15:00:00.000Z');
    const proposed = (await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Annual IEP', meetingId: null })).body.version;
    const route = `${base()}/versions/${proposed.id}/meeting`;
    expect((await apiClient(server.url, {}).request('PUT', route, { meetingId: meeting })).status).toBe(401);
    const other = await seedTeam(server.services, { outsider: 'case_manager' });
    expect((await apiClient(server.url, { cookie: other.members.outsider!.cookie }).request('PUT', route, { meetingId: meeting })).status).toBe(403);
    expect((await as('teacher').request('PUT', route, { meetingId: meeting })).status).toBe(403);
    expect((await as('parent').request('PUT', route, { meetingId: meeting })).status).toBe(403);
    expect((await as('manager').request('PUT', route, {})).status).toBe(400);
    expect((await as('manager').request('PUT', route, { meetingId: 42 })).status).toBe(400);
    const linked = await as('manager').request<{ version: VersionView }>('PUT', route, { meetingId: meeting });
    expect(linked.status).toBe(200);
    expect(linked.body.version.agreedAt?.title).toBe('IEP meeting');
  });

  it('puts the student record’s date of birth, grade and school on the cover', async () => {
    planDoc(editor.doc).student.update({ dateOfBirth: '2016-02-29', grade: '5', school: 'Oak Hill Middle' });
    await eventually(async () => expect((await as('manager').request<{ plan: { student: { school: string } } }>('GET', `${base()}/plan`)).body.plan.student.school).toBe('Oak Hill Middle'));
    const draft = await (await fetch(`${server.url}${base()}/plan/export?format=md`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } })).text();
    const cover = draft.slice(0, draft.indexOf('Team members'));
    expect(cover).toMatch(/Date of birth[^\n]*February 29, 2016/);
    expect(cover).toMatch(/Grade[^\n]*5/);
    expect(cover).toContain('Oak Hill Middle');
    // The workspace's older free-text fields give way to the record.
    expect(cover).not.toContain('Elm Street Elementary');
    expect(cover).not.toContain('Grade 2');
    // Meeting notes name the school from the record too.
    const meeting = await schedule('iep_meeting', 'IEP meeting', '2026-12-01T15:00:00.000Z');
    const notes = await (await fetch(`${server.url}${base()}/meetings/${meeting}/export?format=md`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } })).text();
    expect(notes).toContain('Oak Hill Middle');
    expect(notes).not.toContain('Elm Street Elementary');
  });

  it('exports a version from before records were frozen with only what it froze, and says so', async () => {
    await schedule('iep_meeting', 'IEP meeting', '2026-12-01T15:00:00.000Z');
    const current = (await as('manager').request<{ version: VersionView }>('POST', `${base()}/versions`, { title: 'Current version' })).body.version;
    // A version proposed before the frozen record existed: its state and the state's hash, no record.
    const proposed = { id: 'ver_before_records' };
    await withServerDatabase(server.dataDir, async ({ db }) => {
      const stored = await db.selectFrom('plan_versions').selectAll().where('id', '=', current.id).executeTakeFirstOrThrow();
      await db
        .insertInto('plan_versions')
        .values({
          ...stored,
          id: proposed.id,
          number: 0,
          title: 'Old version',
          hash: createHash('sha256').update(stored.state).digest('hex'),
          proposed_at: '2025-05-01T15:00:00.000Z',
          reason: '',
          record: null,
          agreed_meeting: null,
        })
        .execute();
    });
    // Someone joins afterwards: today's team must not appear inside the old version.
    const latecomer = await server.services.users.create(`late.${Date.now()}@example.org`, 'Late Joiner', 'x');
    await server.services.workspaces.addMember(team.workspaceId, latecomer.id, 'teacher', null);
    expect(await exported('parent', current.id)).toContain('IEP meeting, December 1, 2026');
    const markdown = await exported('parent', proposed.id);
    expect(markdown).toContain('This version was proposed before Bridgeplan froze the team, the meetings and the dates with each version.');
    expect(markdown).toContain('Writes three sentences with a tripod grip');
    expect(markdown).not.toContain('Late Joiner');
    expect(markdown).not.toContain('IEP meeting, December 1, 2026');
    expect(markdown).toContain('Sam Example');
    for (const format of ['pdf', 'docx', 'html']) {
      const response = await fetch(`${server.url}${base()}/versions/${proposed.id}/export?format=${format}`, { headers: { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' } });
      expect(response.status, format).toBe(200);
    }
    const html = await exported('parent', proposed.id, 'html');
    expect(html).toContain('This copy shows only what was frozen: the plan and the signatures.');
    expect(html).not.toContain('Late Joiner');
    // The versions list says so too, so nobody reads its card as a full record.
    const listed = (await as('parent').request<{ versions: VersionView[] }>('GET', `${base()}/versions`)).body.versions;
    expect(listed.find((version) => version.id === proposed.id)?.recordFrozen).toBe(false);
    expect(listed.find((version) => version.id === current.id)?.recordFrozen).toBe(true);
  });
});
