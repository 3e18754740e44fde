import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { defaultStaticDir } from '../../server/main';
import { launchBrowser } from '../helpers/browser';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { startMailSink } from '../helpers/mailSink';
import { linkIn, mailsTo } from '../helpers/accountMail';
import { eventually } from '../helpers/waitFor';
import {
  createStudentWorkspace,
  fillAccountForm,
  inviteAndCopyLink,
  openPlan,
  planText,
  presentNames,
  typeAtEndOfPlan,
  type Person,
} from './pagesAccounts';

const caseManager: Person = { name: 'Dana Ortiz', email: 'dana.ortiz@school.test', password: 'a calm meeting at nine' };
const parent: Person = { name: 'Alex Moreno', email: 'alex.moreno@home.test', password: 'tea after school pickup' };

describe('accounts in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let mail: Awaited<ReturnType<typeof startMailSink>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // A real mail server on loopback: people confirm their email with the link it receives.
    mail = await startMailSink();
    server = await startTestServer({ smtpUrl: mail.url }, { staticDir: defaultStaticDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    await mail?.close();
  });

  async function newPerson(): Promise<BrowserContext> {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    contexts.push(context);
    return context;
  }

  it('lets a case manager invite a parent, who joins and edits the plan live with them', async () => {
    // Person A starts a fresh Bridgeplan: the first account, then the student's workspace.
    const pageA = await (await newPerson()).newPage();
    await pageA.goto(server.url);
    await pageA.getByRole('heading', { name: 'Create the first account' }).waitFor();
    await fillAccountForm(pageA, caseManager);
    await pageA.getByRole('heading', { name: 'Your students' }).waitFor();
    expect(await pageA.getByTestId('signed-in-user').textContent()).toContain(caseManager.name);

    await createStudentWorkspace(pageA, { name: 'Maya Moreno', grade: 'Grade 2', school: 'Riverside Elementary', timeZone: 'America/Chicago' });
    // The zone is picked from the list, as people write it, and the team's times follow it.
    const created = (await server.services.workspaces.listForUser((await server.services.users.findByEmail(caseManager.email))!.id))[0]!;
    expect(created.timeZone).toBe('America/Chicago');
    const link = await inviteAndCopyLink(pageA, parent.email, 'Parent or guardian');
    expect(link).toMatch(new RegExp(`^${server.url}/invite/[A-Za-z0-9_-]+$`));
    expect(await pageA.getByLabel('Invitation link', { exact: true }).inputValue()).toBe(link);
    await pageA.getByTestId('pending-invitations').getByText(parent.email).waitFor();

    // Person B, in another browser, follows the link; the student stays hidden until they sign in.
    const pageB = await (await newPerson()).newPage();
    await pageB.goto(link);
    await pageB.getByRole('heading', { name: `${caseManager.name} invited you to join a student’s team` }).waitFor();
    expect(await pageB.getByText('Maya Moreno').count()).toBe(0);
    expect(await pageB.getByLabel('Email').inputValue()).toBe(parent.email);
    await fillAccountForm(pageB, parent, { emailPrefilled: true });

    // Holding the link is not enough: B confirms the address with the link mailed to it,
    // opened from their mail in a new tab, then comes back to the invitation.
    await pageB.getByTestId('verify-email-notice').getByText(parent.email).waitFor();
    const verifyLink = await eventually(() => {
      const verification = mailsTo(mail.received, parent.email).find((received) => received.raw.includes('verify-email'));
      expect(verification).toBeDefined();
      return linkIn(verification!, 'verify-email');
    });
    const mailTab = await pageB.context().newPage();
    await mailTab.goto(verifyLink);
    await mailTab.getByRole('heading', { name: 'Your email is confirmed' }).waitFor();
    await mailTab.close();
    await pageB.getByRole('button', { name: 'I have confirmed it' }).click();

    await pageB.getByRole('heading', { name: `${caseManager.name} invited you to join Maya Moreno’s team` }).waitFor();
    await pageB.getByRole('button', { name: 'Accept and join Maya Moreno’s team' }).click();
    await pageB.getByRole('heading', { level: 1, name: 'Maya Moreno' }).waitFor();
    const parentRow = pageB.getByTestId('member').filter({ hasText: parent.name });
    expect(await parentRow.textContent()).toContain('Parent or guardian');

    // Both open the plan and write in it; each sees the other's words and name.
    await openPlan(pageB);
    await pageA.reload();
    await openPlan(pageA);

    await typeAtEndOfPlan(pageA, 'Goal: writes three sentences with a steady pencil grip.');
    await eventually(async () => expect(await planText(pageB)).toContain('steady pencil grip'));
    await typeAtEndOfPlan(pageB, ' At home: ten minutes of drawing after dinner.');
    await eventually(async () => expect(await planText(pageA)).toContain('drawing after dinner'));
    expect(await planText(pageB)).toContain('steady pencil grip');

    await eventually(async () => expect(await presentNames(pageA)).toEqual([`${caseManager.name} (you)`, parent.name]));
    await eventually(async () => expect(await presentNames(pageB)).toEqual([`${parent.name} (you)`, caseManager.name]));
    expect(await pageB.getByTestId('plan-student').textContent()).toBe('Maya Moreno');
  });
});
