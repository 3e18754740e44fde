import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultStaticDir } from '../../server/main';
import { launchBrowser } from '../helpers/browser';
import { openPageAs } from '../helpers/browserSession';
import { linkIn, mailsTo, readMail } from '../helpers/accountMail';
import { startMailSink } from '../helpers/mailSink';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** A catalog key shown instead of its words ("plan.sections.goals.title") would match this. */
const rawKey = /\b(?:common|app|header|language|auth|verify|invite|inviteForm|students|workspace|roles|plan|glossary)\.[A-Za-z_]+/;

async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(rawKey);
}

describe('a family’s language in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let team: SeededTeam;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  const contexts: BrowserContext[] = [];
  const mama = { name: 'Rosa Delgado', email: 'rosa.delgado@home.test', password: 'café con leche por la tarde' };

  beforeAll(async () => {
    mail = await startMailSink();
    server = await startTestServer({ smtpUrl: mail.url }, { staticDir: defaultStaticDir });
    team = await seedTeam(server.services, { manager: 'case_manager' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await mail?.close();
  });

  it('invites a Spanish-speaking parent in Spanish, who signs up and reads the plan and the glossary in Spanish', async () => {
    // The case manager, working in English, chooses Spanish for the family.
    const manager = await openPageAs(browser, server, team, 'manager', `/w/${team.workspaceId}`, { waitForConnection: false, contexts });
    const form = manager.getByTestId('invite-form');
    await form.getByLabel('Their email').fill(mama.email);
    await form.getByLabel('Their role').selectOption({ label: 'Parent or guardian' });
    await form.getByLabel('Their language').selectOption({ label: 'Español' });
    await form.getByRole('button', { name: 'Create the invitation' }).click();
    await manager.getByTestId('invitation-created').waitFor();

    const invitation = await eventually(() => {
      const received = mailsTo(mail.received, mama.email)[0];
      if (!received) throw new Error('no invitation yet');
      return received;
    });
    expect(readMail(invitation).subject).toContain('lo invitó al equipo de un estudiante');

    // The parent opens the link: the page is in Spanish before they have an account.
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(linkIn(invitation, 'invite'));
    await page.getByRole('heading', { name: 'lo invitó a unirse al equipo de un estudiante' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectNoRawKeys(page);
    await page.getByLabel('Su nombre').fill(mama.name);
    await page.getByLabel('Contraseña').fill(mama.password);
    await page.getByRole('button', { name: 'Crear cuenta' }).click();

    // Her account keeps Spanish: the confirmation mail and page are in it too.
    await page.getByRole('heading', { name: 'Confirme su correo electrónico' }).waitFor();
    const verification = await eventually(() => {
      const received = mailsTo(mail.received, mama.email).find((m) => m.raw.includes('verify-email'));
      if (!received) throw new Error('no verification yet');
      return received;
    });
    expect(readMail(verification).subject).toBe('Confirme su correo electrónico para Bridgeplan');
    const mailTab = await context.newPage();
    await mailTab.goto(linkIn(verification, 'verify-email'));
    await mailTab.getByRole('heading', { name: 'Su correo electrónico está confirmado' }).waitFor();
    await mailTab.close();
    await page.getByRole('button', { name: 'Ya lo confirmé' }).click();
    await page.getByRole('button', { name: 'Aceptar y unirse al equipo de Sam Example' }).click();

    await page.getByRole('heading', { level: 1, name: 'Sam Example' }).waitFor();
    await page.getByRole('heading', { name: 'Documentos' }).waitFor();
    await expectNoRawKeys(page);
    await page.getByRole('link', { name: 'Abrir el plan' }).click();
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'La vida después de la escuela' }).waitFor();
    await expectNoRawKeys(page);

    // A term explains itself on keyboard focus, in plain Spanish.
    const term = page.getByTestId('term-lre');
    await term.focus();
    const tip = page.getByRole('tooltip').filter({ hasText: 'Ambiente menos restrictivo' });
    await tip.waitFor();
    expect(await tip.textContent()).toContain('compañeros sin discapacidades');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });

    // The glossary page, in her language.
    await page.getByRole('link', { name: 'Palabras claras' }).click();
    await page.getByRole('heading', { level: 1, name: 'Palabras claras' }).waitFor();
    const glossary = page.getByTestId('glossary');
    for (const word of ['Niveles actuales', 'Meta anual medible', 'Adaptación', 'Modificación', 'Año escolar extendido (ESY)', 'Códigos de progreso']) {
      await glossary.getByText(word, { exact: true }).waitFor();
    }
    await expectNoRawKeys(page);
  });

  it('switches language in a running plan without losing what is being typed', async () => {
    const page = await openPageAs(browser, server, team, 'manager', `/w/${team.workspaceId}/plan`, { contexts });
    await page.getByRole('heading', { level: 2, name: 'What we see now' }).waitFor();
    const fromHome = page.locator('[data-section="parentInput"] [contenteditable="true"]').first();
    await fromHome.click();
    await page.keyboard.type('Le gusta dibujar después de cenar');

    await page.getByTestId('language-select').selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await fromHome.textContent()).toContain('Le gusta dibujar después de cenar');
    // Words held outside React's render (the connection line) are said again in Spanish too.
    await eventually(async () => expect(await page.getByTestId('connection-state').textContent()).toContain('Conectado · Guardado'));
    // The page did not reload: the editor is the same element, and typing carries on into it.
    await fromHome.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' cada noche');
    expect(await fromHome.textContent()).toContain('Le gusta dibujar después de cenar cada noche');
    await expectNoRawKeys(page);

    // The choice is the person's: it is on their account, so the next page opens in it.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    await page.getByTestId('language-select').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'What we see now' }).waitFor();
    await eventually(async () => {
      const me = await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie: team.members.manager!.cookie } })).json() as { user: { language: string } };
      expect(me.user.language).toBe('en');
    });
  });

  it('lets someone choose Spanish before signing in, and explains a failed sign-in in Spanish', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/signin`);
    await page.getByRole('heading', { name: 'Sign in to Bridgeplan' }).waitFor();
    await page.getByTestId('language-select').selectOption({ label: 'Español' });
    await page.getByRole('heading', { name: 'Iniciar sesión en Bridgeplan' }).waitFor();
    await page.getByLabel('Correo electrónico').fill('nadie@example.org');
    await page.getByLabel('Contraseña').fill('not the right password');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByTestId('problem').getByText('Ese correo y esa contraseña no coinciden con ninguna cuenta.').waitFor();
    await expectNoRawKeys(page);
    // The choice stays with this browser: the next visit opens in Spanish.
    await page.reload();
    await page.getByRole('heading', { name: 'Iniciar sesión en Bridgeplan' }).waitFor();
  });
});

