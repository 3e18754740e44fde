import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../shared/api';
import { CloseCodes } from '../../shared/closeCodes';
import { meetingDoc } from '../../shared/schema';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/**
 * A meeting's kind and time live in its record (the team's list, reminders, calendar feeds,
 * exports) and on its page: they move together, through the server, and a new time is told to
 * the team. Written into the page's document by a peer, they would move on the page alone.
 */
describe('moving a meeting', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const meetingsPath = () => `/api/workspaces/${team.workspaceId}/meetings`;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent', observer: 'observer' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  async function schedule(body: Record<string, string>): Promise<MeetingSummary> {
    const created = await as('manager').request<{ meeting: MeetingSummary }>('POST', meetingsPath(), body);
    expect(created.status).toBe(201);
    return created.body.meeting;
  }

  function openPage(name: string, meeting: MeetingSummary): CollabClient {
    const client = connectClient(server.wsUrl, meeting.docName, { params: { token: team.members[name]!.token } });
    clients.push(client);
    return client;
  }

  it('moves the record, the reminders’ list and the open page together, keeps the title, and renames', async () => {
    const meeting = await schedule({ kind: 'annual_review', title: 'Spring review with the clinic', startsAt: '2030-03-04T15:00:00.000Z' });
    const page = openPage('parent', meeting);
    await page.synced;

    const moved = await as('teacher').request<{ meeting: MeetingSummary }>('PATCH', `${meetingsPath()}/${meeting.id}`, { startsAt: '2030-03-11T16:30:00.000Z' });
    expect(moved.status).toBe(200);
    expect(moved.body.meeting).toMatchObject({ kind: 'annual_review', title: 'Spring review with the clinic', startsAt: '2030-03-11T16:30:00.000Z' });
    // What reminders and calendar feeds read, and what the parent's open page shows.
    expect((await server.services.meetings.find(team.workspaceId, meeting.id))?.startsAt).toBe('2030-03-11T16:30:00.000Z');
    await eventually(() => expect(meetingDoc(page.doc).meta.get()).toMatchObject({ kind: 'annual_review', startsAt: '2030-03-11T16:30:00.000Z', title: 'Spring review with the clinic' }));

    // Renamed: the record and the open page take the new name.
    const renamed = await as('teacher').request<{ meeting: MeetingSummary }>('PATCH', `${meetingsPath()}/${meeting.id}`, { title: 'Spring review, with Dr. Lee' });
    expect(renamed.body.meeting).toMatchObject({ title: 'Spring review, with Dr. Lee', startsAt: '2030-03-11T16:30:00.000Z' });
    await eventually(() => expect(meetingDoc(page.doc).meta.get().title).toBe('Spring review, with Dr. Lee'));
  });

  it('gives a meeting nobody named the name of its new kind', async () => {
    const meeting = await schedule({ kind: 'check_in', startsAt: '2030-03-04T15:00:00.000Z' });
    expect(meeting.title).toBe('Check-in');
    const changed = await as('manager').request<{ meeting: MeetingSummary }>('PATCH', `${meetingsPath()}/${meeting.id}`, { kind: 'iep_meeting' });
    expect(changed.body.meeting).toMatchObject({ kind: 'iep_meeting', title: 'IEP meeting', startsAt: '2030-03-04T15:00:00.000Z' });
  });

  it('refuses a time that is not one, and members who may not edit', async () => {
    const meeting = await schedule({ kind: 'check_in', startsAt: '2030-03-04T15:00:00.000Z' });
    expect((await as('manager').request('PATCH', `${meetingsPath()}/${meeting.id}`, { startsAt: 'next Tuesday' })).status).toBe(400);
    expect((await as('manager').request('PATCH', `${meetingsPath()}/${meeting.id}`, { kind: 'party' })).status).toBe(400);
    expect((await as('observer').request('PATCH', `${meetingsPath()}/${meeting.id}`, { startsAt: '2030-03-05T15:00:00.000Z' })).status).toBe(403);
    expect((await server.services.meetings.find(team.workspaceId, meeting.id))?.startsAt).toBe('2030-03-04T15:00:00.000Z');
  });

  it('refuses a peer that writes the time, the kind or the title into the page itself, and keeps them', async () => {
    const meeting = await schedule({ kind: 'check_in', startsAt: '2030-03-04T15:00:00.000Z' });
    const forgeries = [
      (doc: CollabClient['doc']) => meetingDoc(doc).meta.setStartsAt('2030-01-01T08:00:00.000Z'),
      (doc: CollabClient['doc']) => meetingDoc(doc).meta.setKind('annual_review'),
      (doc: CollabClient['doc']) => meetingDoc(doc).meta.setTitle('Cancelled, do not come'),
    ];
    for (const write of forgeries) {
      const peer = openPage('teacher', meeting);
      await peer.synced;
      const closed = new Promise<number>((resolve) => peer.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
      write(peer.doc);
      expect(await closed).toBe(CloseCodes.updateRejected.code);
      peer.destroy();
    }
    // The page as anyone opens it now, and the record, still hold the scheduled kind and time.
    const reader = openPage('parent', meeting);
    await reader.synced;
    expect(meetingDoc(reader.doc).meta.get()).toMatchObject({ kind: 'check_in', startsAt: '2030-03-04T15:00:00.000Z', title: 'Check-in' });
    const listed = await as('parent').request<{ meetings: MeetingSummary[] }>('GET', meetingsPath());
    expect(listed.body.meetings[0]).toMatchObject({ kind: 'check_in', startsAt: '2030-03-04T15:00:00.000Z' });
  });
});
