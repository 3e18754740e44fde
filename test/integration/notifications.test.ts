import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ThreadAnchor } from '../../shared/schema';
import type { NotificationPreferences, UnreadCount } from '../../shared/notifications';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { startMailSink, type ReceivedMail } from '../helpers/mailSink';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const anchor: ThreadAnchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: 'g1' }, label: 'Goal: pencil grip' };
const dayAndAnHour = 25 * 60 * 60_000;

/** The text of a mail as a person reads it: quoted-printable soft breaks and escapes undone. */
function mailText(mail: ReceivedMail): string {
  const unfolded = mail.raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i += 1) {
    const escape = /^=([0-9A-F]{2})/.exec(unfolded.slice(i, i + 3));
    if (escape) {
      bytes.push(parseInt(escape[1]!, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(unfolded[i]!, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function linkAfter(mail: ReceivedMail, label: string): string {
  const match = new RegExp(`${label}[^\\n]*?(https?://\\S+)`).exec(mailText(mail));
  if (!match) throw new Error(`no link after "${label}" in the mail`);
  return match[1]!;
}

describe('mail notifications', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let server: TestServer;
  let team: SeededTeam;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const mailsTo = (name: string) => sink.received.filter((mail) => mail.to.includes(team.members[name]!.email));
  const mention = (from: string, to: string, body = 'Can you look at this?') =>
    as(from).request<{ threadId: string }>('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body, mentions: [team.members[to]!.userId] });

  beforeEach(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Bridgeplan <plans@example.org>' });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  });
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('mails one message to the person mentioned, within seconds, naming neither the child nor the words', async () => {
    expect((await mention('manager', 'teacher', 'Sam struggles with the pencil grip')).status).toBe(201);
    await eventually(() => expect(mailsTo('teacher')).toHaveLength(1), 5_000);
    await server.services.notifier.idle();
    expect(sink.received).toHaveLength(1);
    const text = mailText(mailsTo('teacher')[0]!);
    expect(text).toContain('manager mentioned you in a comment.');
    expect(text).toContain('setting “Someone mentions me in a comment”');
    expect(text).not.toContain('Sam');
    expect(text).not.toContain('pencil');
    expect(linkAfter(mailsTo('teacher')[0]!, 'Open it')).toMatch(new RegExp(`/w/${team.workspaceId}/plan\\?thread=`));
    expect(text).toMatch(/List-Unsubscribe:\s+<http:\/\/[^>]+\/api\/notifications\/unsubscribe\?token=/);
  });

  it('tells the others in a conversation of a reply, once each, and never the person who wrote it', async () => {
    const { body } = await as('manager').request<{ threadId: string }>('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body: 'First' });
    await as('parent').request('POST', `/api/workspaces/${team.workspaceId}/threads/${body.threadId}/comments`, { body: 'Second' });
    await as('teacher').request('POST', `/api/workspaces/${team.workspaceId}/threads/${body.threadId}/comments`, {
      body: 'Third',
      mentions: [team.members.manager!.userId],
    });
    await server.services.notifier.idle();
    // Replies default to the daily digest; the mention of the manager goes at once.
    expect(mailsTo('manager').map((mail) => mailText(mail))).toEqual([expect.stringContaining('teacher mentioned you')]);
    expect(mailsTo('teacher')).toHaveLength(0);
    expect(await server.services.notifier.sendDigests(new Date(Date.now() + dayAndAnHour))).toBe(2);
    await eventually(() => expect(mailsTo('parent')).toHaveLength(1));
    expect(mailText(mailsTo('parent')[0]!)).toContain('teacher replied in a conversation you take part in.');
    // The manager wrote the thread: the parent's reply is in their digest, the teacher's mention came at once.
    expect(mailText(mailsTo('manager')[1]!)).toContain('parent replied');
    expect(mailText(mailsTo('manager')[1]!)).not.toContain('teacher replied');
  });

  it('mails one person at most ten notices at once; the rest wait in their digest, none lost', async () => {
    for (let index = 0; index < 13; index += 1) expect((await mention('manager', 'teacher', `Question ${index + 1}`)).status).toBe(201);
    await server.services.notifier.idle();
    expect(mailsTo('teacher')).toHaveLength(10);
    // A day later the three held back arrive together, in one mail.
    expect(await server.services.notifier.sendDigests(new Date(Date.now() + dayAndAnHour))).toBe(1);
    expect(mailsTo('teacher')).toHaveLength(11);
    expect(mailText(mailsTo('teacher')[10]!)).toContain('3 new items');
  });

  it('sends every reminder on time, however many: the clock, not a person, made them', async () => {
    const link = `${server.url}/w/${team.workspaceId}/schedule`;
    for (let index = 0; index < 12; index += 1) {
      server.services.notifier.notify({ kind: 'session_today', line: `Session ${index + 1} today at 9:00`, link }, [team.members.teacher!.userId], null, async () => true);
    }
    await server.services.notifier.idle();
    expect(mailsTo('teacher')).toHaveLength(12);
  });

  it('keeps a mention for the daily digest when the person chose so, and sends it once a day has passed', async () => {
    const chosen = await as('teacher').request<{ preferences: NotificationPreferences }>('PUT', '/api/notifications/preferences', { mention: 'daily' });
    expect(chosen.body.preferences.mention).toBe('daily');
    await mention('manager', 'teacher');
    await mention('parent', 'teacher');
    await server.services.notifier.idle();
    expect(mailsTo('teacher')).toHaveLength(0);
    expect(await server.services.notifier.sendDigests(new Date())).toBe(0);
    expect(await server.services.notifier.sendDigests(new Date(Date.now() + dayAndAnHour))).toBe(1);
    expect(mailsTo('teacher')).toHaveLength(1);
    const digest = mailText(mailsTo('teacher')[0]!);
    expect(digest).toContain('2 new items');
    expect(digest).toContain('manager mentioned you');
    expect(digest).toContain('parent mentioned you');
    // Sent once: the next run has nothing for the teacher.
    expect(await server.services.notifier.sendDigests(new Date(Date.now() + 2 * dayAndAnHour))).toBe(0);
  });

  it('sends nothing of a kind set to never', async () => {
    await as('teacher').request('PUT', '/api/notifications/preferences', { mention: 'never' });
    await mention('manager', 'teacher');
    await server.services.notifier.idle();
    expect(await server.services.notifier.sendDigests(new Date(Date.now() + dayAndAnHour))).toBe(0);
    expect(sink.received).toHaveLength(0);
  });

  it('unsubscribes with one click from the mail, without signing in, and refuses a tampered link', async () => {
    await mention('manager', 'teacher');
    await eventually(() => expect(mailsTo('teacher')).toHaveLength(1));
    const pageLink = new URL(linkAfter(mailsTo('teacher')[0]!, 'Stop these mails'));
    expect(pageLink.pathname).toBe('/unsubscribe');
    const token = pageLink.searchParams.get('token')!;
    const stranger = apiClient(server.url, { origin: null });

    const tampered = [token.replace('.mention.', '.reply.'), `${token.slice(0, -2)}xx`, token.replace(team.members.teacher!.userId, team.members.parent!.userId), 'nonsense'];
    for (const bad of tampered) {
      const refused = await stranger.request('POST', `/api/notifications/unsubscribe?token=${encodeURIComponent(bad)}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: { id: 'invalid_unsubscribe_link' } });
    }
    expect((await as('teacher').request<{ preferences: NotificationPreferences }>('GET', '/api/notifications/preferences')).body.preferences.mention).toBe('immediately');
    expect((await as('parent').request<{ preferences: NotificationPreferences }>('GET', '/api/notifications/preferences')).body.preferences.reply).toBe('daily');

    const preview = await stranger.request('GET', `/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(preview.body).toMatchObject({ kind: 'mention', label: 'Someone mentions me in a comment' });
    const done = await stranger.request('POST', `/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(done.status).toBe(200);
    const after = await as('teacher').request<{ preferences: NotificationPreferences }>('GET', '/api/notifications/preferences');
    expect(after.body.preferences).toMatchObject({ mention: 'never', signature_requested: 'immediately' });

    await mention('parent', 'teacher');
    await server.services.notifier.idle();
    expect(mailsTo('teacher')).toHaveLength(1);
  });

  it('refuses preferences that are not a kind and a delivery, and asks who is asking', async () => {
    expect((await as('teacher').request('PUT', '/api/notifications/preferences', { mention: 'hourly' })).status).toBe(400);
    expect((await as('teacher').request('PUT', '/api/notifications/preferences', { spam: 'never' })).status).toBe(400);
    expect((await apiClient(server.url).request('GET', '/api/notifications/preferences')).status).toBe(401);
    expect((await apiClient(server.url).request('GET', '/api/notifications/unread')).status).toBe(401);
  });

  it('mails the team when a meeting is scheduled or moved, but not the person who did it', async () => {
    const created = await as('manager').request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'annual_review',
      title: 'Annual review',
      startsAt: '2030-03-04T15:00:00.000Z',
    });
    expect(created.status).toBe(201);
    await eventually(() => expect(mailsTo('teacher').map(mailText)).toEqual([expect.stringContaining('manager scheduled a meeting.')]));
    expect(mailsTo('manager')).toHaveLength(0);
    await as('manager').request('PATCH', `/api/workspaces/${team.workspaceId}/meetings/${created.body.meeting.id}`, {
      kind: 'annual_review',
      title: 'Annual review',
      startsAt: '2030-03-05T15:00:00.000Z',
    });
    await eventually(() => expect(mailsTo('parent').map(mailText)).toEqual([expect.stringContaining('scheduled'), expect.stringContaining('manager moved a meeting.')]));
  });

  it('counts unread conversations and mentions per student', async () => {
    await mention('manager', 'teacher');
    await as('parent').request('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body: 'A question' });
    const counts = await as('teacher').request<{ counts: UnreadCount[] }>('GET', '/api/notifications/unread');
    expect(counts.body.counts).toEqual([{ workspaceId: team.workspaceId, unread: 2, mentions: 1 }]);
    const mine = await as('manager').request<{ counts: UnreadCount[] }>('GET', '/api/notifications/unread');
    expect(mine.body.counts).toEqual([{ workspaceId: team.workspaceId, unread: 1, mentions: 0 }]);
  });
});
