import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { startMailSink, type ReceivedMail } from '../helpers/mailSink';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** The mail's text as a reader sees it: quoted-printable undone. */
function mailText(mail: ReceivedMail): string {
  const unfolded = mail.raw.replace(/=\r?\n/g, '');
  const bytes = Buffer.from(unfolded.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return bytes.toString('utf8').replace(/[\u202f\u00a0]/g, ' ');
}

describe('dates in mail: the reader’s language, the school’s clock', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let server: TestServer;
  let team: SeededTeam;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const mailsTo = (name: string) => sink.received.filter((mail) => mail.to.includes(team.members[name]!.email));

  beforeEach(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Bridgeplan <plans@example.org>' });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    expect((await as('manager').request('PUT', `/api/workspaces/${team.workspaceId}/time-zone`, { timeZone: 'America/Chicago' })).status).toBe(200);
    expect((await as('parent').request('PUT', '/api/auth/language', { language: 'es' })).status).toBe(200);
  });
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('tells each member of a 6:30 PM Chicago meeting its day and hour in Chicago, in their own language', async () => {
    // 00:30 UTC on 5 December is the evening of Friday 4 December in Chicago.
    const created = await as('manager').request('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'iep_meeting', startsAt: '2026-12-05T00:30:00.000Z' });
    expect(created.status).toBe(201);
    await eventually(() => {
      expect(mailsTo('teacher')).toHaveLength(1);
      expect(mailsTo('parent')).toHaveLength(1);
    });
    const english = mailText(mailsTo('teacher')[0]!);
    expect(english).toMatch(/manager scheduled a meeting\. It is on Friday, December 4, 2026(,| at) 6:30 PM CST\./);
    const spanish = mailText(mailsTo('parent')[0]!);
    expect(spanish).toMatch(/manager programó una reunión\. Es el viernes, 4 de diciembre de 2026(,| a las) 6:30 p\. ?m\. CST\./);
    expect(spanish).not.toContain('December');
  });

  it('dates an invitation’s expiry on the school’s clock and names the zone', async () => {
    const invited = await as('manager').request('POST', `/api/workspaces/${team.workspaceId}/invitations`, { email: 'abuela@home.test', role: 'observer', language: 'es' });
    expect(invited.status).toBe(201);
    const { expiresAt } = (invited.body as { invitation: { expiresAt: string } }).invitation;
    const chicagoDay = new Intl.DateTimeFormat('es-US', { dateStyle: 'long', timeZone: 'America/Chicago' }).format(new Date(expiresAt));
    await eventually(() => expect(sink.received.filter((mail) => mail.to.includes('abuela@home.test'))).toHaveLength(1));
    const text = mailText(sink.received.find((mail) => mail.to.includes('abuela@home.test'))!);
    expect(text).toContain(chicagoDay);
    expect(text).toMatch(/C[SD]T/);
  });
});
