import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planDoc } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { seedCompletePlan } from '../helpers/completePlan';

/** The plan says which meeting agreed it, and the comparison shows a change to any part. */
describe('the meeting that agreed the plan, in the browser', () => {
  let meetingId = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' }, async (server, team) => {
    await seedCompletePlan(server, team, 'Dana Ortiz', 'case_manager', 'Tripod grip for ten minutes');
    const created = await apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie }).request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'annual_review',
      title: 'Annual review',
      startsAt: '2026-12-03T16:00:00.000Z',
    });
    meetingId = created.body.meeting.id;
  });

  async function openWorkspaceAs(person: string): Promise<Page> {
    const page = await suite.open(person, '', { waitForConnection: false });
    await page.getByTestId('versions-panel').waitFor();
    return page;
  }

  async function sign(page: Page, fullName: string, lastSigner: boolean): Promise<void> {
    await page.getByTestId('versions-panel').getByRole('button', { name: /^Sign / }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('I agree', { exact: true }).click();
    // Only the signature that completes the agreement is asked which meeting agreed it.
    const choice = dialog.getByLabel('Your signature completes the agreement. At which meeting was this version agreed?');
    if (lastSigner) expect(await choice.inputValue()).toBe(meetingId);
    else expect(await choice.count()).toBe(0);
    await dialog.getByLabel('Your full name').fill(fullName);
    await dialog.getByRole('checkbox', { name: /I have read version 1 of .*’s plan and I agree\./ }).check();
    await dialog.getByRole('button', { name: 'Sign this version' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('names the meeting on the version, the plan and the meeting page, and compares extended school year', async () => {
    const dana = await openWorkspaceAs('Dana Ortiz');
    const panel = dana.getByTestId('versions-panel');
    await panel.getByRole('button', { name: 'Propose a version' }).click();
    // The meeting just held is chosen by default.
    expect(await panel.getByLabel('Meeting where the team agrees this version').inputValue()).toBe(meetingId);
    await panel.getByText('The plan has everything required').waitFor();
    await panel.getByLabel('Title').fill('Annual IEP, December 2026');
    await panel.getByRole('button', { name: 'Propose version 1' }).click();
    await panel.getByText('Annual IEP, December 2026').first().waitFor();
    expect(await panel.getByTestId('agreed-meeting').first().innerText()).toBe('To be agreed at the annual review meeting on December 3, 2026');
    await sign(dana, 'Dana Ortiz', false);

    const alex = await openWorkspaceAs('Alex Moreno');
    await sign(alex, 'Alex Moreno', true);
    const alexPanel = alex.getByTestId('versions-panel');
    await alexPanel.getByText('Agreed at the annual review meeting on December 3, 2026').waitFor({ timeout: 15_000 });

    const plan = await suite.open('Alex Moreno', '/plan');
    const header = plan.getByTestId('agreed-plan');
    await header.waitFor();
    expect(await header.innerText()).toContain('Version 1 is the agreed plan.');
    expect(await header.innerText()).toContain('Agreed at the annual review meeting on December 3, 2026');

    const meeting = await suite.open('Alex Moreno', `/meeting/${meetingId}`);
    const agreedHere = meeting.getByTestId('versions-agreed-here');
    await agreedHere.getByText('Version 1: Annual IEP, December 2026').waitFor();

    // Reading the version shows every part, the team at the meeting as it froze it included.
    await alexPanel.getByRole('button', { name: /^Read/ }).first().click();
    await alex.getByTestId('reader-extendedSchoolYear').getByText('Extended school year services are not needed').waitFor();
    expect(await alex.getByTestId('reader-meetingTeam').innerText()).toContain('Annual review (Dec 3, 2026): required participants');
    expect(await alex.getByTestId('reader-student').innerText()).toContain('Lincoln Elementary');
    await alex.getByRole('button', { name: /All versions/ }).first().click();

    // The team decides on summer services afterwards: the comparison with the live draft shows it.
    await suite.server.services.rooms.change(`${suite.team.workspaceId}/plan`, (doc) => {
      const live = planDoc(doc);
      live.extendedSchoolYear.setConsidered(true);
      live.extendedSchoolYear.setDecision('eligible');
      live.extendedSchoolYear.setText('services', 'Speech therapy twice a week in July');
    });
    await alexPanel.getByRole('button', { name: /^Compare/ }).first().click();
    const esy = alex.getByTestId('changes-extendedSchoolYear');
    await esy.waitFor();
    expect(await esy.getByRole('heading').first().innerText()).toBe('Extended school year');
    expect(await esy.innerText()).toContain('Speech therapy twice a week in July');
  });

  it('opens the meeting’s download menu above the Undo and Redo bar, every format within reach', async () => {
    const meeting = await suite.open('Dana Ortiz', `/meeting/${meetingId}`);
    await meeting.getByRole('button', { name: /Download a copy/ }).first().click();
    for (const format of ['PDF', 'Word (DOCX)', 'HTML', 'Markdown']) {
      const item = meeting.getByRole('menuitem', { name: new RegExp(format.replace(/[()]/g, '\\$&')) }).first();
      await item.scrollIntoViewIfNeeded();
      const box = (await item.boundingBox())!;
      // What a click at the middle of the item lands on is the item itself, not a bar above it.
      const hit = await meeting.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="menuitem"]')?.textContent ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
      expect([format, hit]).toEqual([format, expect.stringContaining(format)]);
    }
  });
});

