import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedInvitation, InvitationPreview, UserView } from '../../shared/api';
import { linkIn, mailsTo, readMail } from '../helpers/accountMail';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { startMailSink } from '../helpers/mailSink';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

describe('each person’s language', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let server: TestServer;
  let team: SeededTeam;
  let manager: ApiClient;

  beforeEach(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Bridgeplan <plans@example.org>' });
    team = await seedTeam(server.services, { manager: 'case_manager' });
    manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
  });
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('is English until the person chooses, is kept on the account, and refuses what is not offered', async () => {
    const me = await manager.request<{ user: UserView }>('GET', '/api/auth/me');
    expect(me.body.user.language).toBe('en');

    const changed = await manager.request<{ user: UserView }>('PUT', '/api/auth/language', { language: 'es' });
    expect(changed.status).toBe(200);
    expect(changed.body.user.language).toBe('es');
    expect((await manager.request<{ user: UserView }>('GET', '/api/auth/me')).body.user.language).toBe('es');

    for (const language of ['fr', 'ES', '', 7, null]) {
      const refused = await manager.request<{ error: { id: string } }>('PUT', '/api/auth/language', { language });
      expect(refused.status).toBe(400);
      expect(refused.body.error.id).toBe('invalid_language');
    }
    expect((await manager.request<{ user: UserView }>('GET', '/api/auth/me')).body.user.language).toBe('es');

    const stranger = apiClient(server.url);
    expect((await stranger.request('PUT', '/api/auth/language', { language: 'es' })).status).toBe(401);
  });

  it('mails the invitation in the language the inviter chose, and the link opens in it', async () => {
    const created = await manager.request<CreatedInvitation>('POST', `/api/workspaces/${team.workspaceId}/invitations`, {
      email: 'mama@example.org',
      role: 'parent',
      language: 'es',
    });
    expect(created.status).toBe(201);
    expect(created.body.mailed).toBe(true);
    const mail = readMail(mailsTo(sink.received, 'mama@example.org')[0]!);
    expect(mail.subject).toContain('lo invitó al equipo de un estudiante en Bridgeplan');
    expect(mail.text).toContain('como padre, madre o tutor');
    expect(mail.text).toContain('Abra este enlace para aceptar');
    expect(mail.text).not.toContain('invited you');

    const secret = created.body.link.split('/invite/')[1]!;
    const preview = await apiClient(server.url).request<{ invitation: InvitationPreview }>('GET', `/api/invitations/${secret}`);
    expect(preview.body.invitation.language).toBe('es');

    const refused = await manager.request<{ error: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/invitations`, {
      email: 'tio@example.org',
      role: 'parent',
      language: 'klingon',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.id).toBe('invalid_language');
    expect(mailsTo(sink.received, 'tio@example.org')).toHaveLength(0);
  });

  it('sends verification and reset mail in the account’s language', async () => {
    const mama = apiClient(server.url);
    const signedUp = await mama.request<{ user: UserView }>('POST', '/api/auth/signup', {
      email: 'mama@example.org',
      displayName: 'Rosa',
      password: 'una contraseña bastante larga',
      language: 'es',
    });
    expect(signedUp.body.user.language).toBe('es');
    const nthMail = (n: number) => {
      const mail = mailsTo(sink.received, 'mama@example.org')[n];
      if (!mail) throw new Error(`mail ${n} not here yet`);
      return mail;
    };
    const verification = await eventually(() => nthMail(0));
    const read = readMail(verification);
    expect(read.subject).toBe('Confirme su correo electrónico para Bridgeplan');
    expect(read.text).toContain('Abra este enlace para confirmar que es suya');

    const confirmed = await mama.request('POST', '/api/auth/verify-email', { token: linkIn(verification, 'verify-email').split('/').pop() });
    expect(confirmed.status).toBe(200);
    await apiClient(server.url).request('POST', '/api/auth/password-reset', { email: 'mama@example.org' });
    const reset = await eventually(() => nthMail(1));
    expect(readMail(reset).subject).toBe('Cambie su contraseña de Bridgeplan');
  });

  it('mails a notification in its reader’s language: the line, the subject and the footer', async () => {
    const family = await seedTeam(server.services, { lead: 'case_manager', mama: 'parent' });
    const mama = apiClient(server.url, { cookie: family.members.mama!.cookie });
    await mama.request('PUT', '/api/auth/language', { language: 'es' });
    const lead = apiClient(server.url, { cookie: family.members.lead!.cookie });
    const anchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: 'g1' }, label: 'Goal: pencil grip' };
    const posted = await lead.request('POST', `/api/workspaces/${family.workspaceId}/threads`, { anchor, body: '¿Lo puede ver?', mentions: [family.members.mama!.userId] });
    expect(posted.status).toBe(201);
    const received = await eventually(() => {
      const mail = mailsTo(sink.received, family.members.mama!.email)[0];
      if (!mail) throw new Error('no mention mail yet');
      return mail;
    });
    const read = readMail(received);
    expect(read.subject).toBe('Lo mencionaron en un comentario');
    expect(read.text).toContain('lead lo mencionó en un comentario.');
    expect(read.text).toContain('Recibe este correo por su configuración de Bridgeplan “Alguien me menciona en un comentario”');
    expect(read.text).not.toContain('mentioned you');
  });
});
