import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { authorOf } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';

/**
 * The school OT logs sessions of a plan with two occupational therapy services and a speech
 * service: each is named so it can be told apart, in the reader's language, and a session
 * starts from the length the plan gives it.
 */
describe('the service log names each service and offers its session length', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist' }, async (server, team) => {
    const dana = authorOf(team, 'Dana Ortiz');
    await writePlan(
      server, team, 'Dana Ortiz',
      (plan) => {
        plan.services.add({ type: 'ot', provider: 'School OT', frequency: 'Once a week', duration: '45 min' }, dana);
        plan.services.add({ type: 'ot', provider: 'Clinic OT', frequency: 'Once a week', duration: '1 hour' }, dana);
        return plan.services.add({ type: 'speech', provider: 'Speech therapist', frequency: '2 × weekly', duration: '20 min' }, dana);
      },
      (plan) => plan.services.list().length === 3,
    );
  });

  it('starts each session from the plan’s length until the provider types another', async () => {
    const priya = await suite.open('Priya Nair', '/services', { waitForConnection: false });
    const form = priya.getByTestId('log-session-form');
    await form.waitFor();
    const service = form.getByLabel('Service');
    const minutes = form.getByLabel('Minutes');
    expect(await service.locator('option').allInnerTexts()).toEqual(['Choose…', 'Occupational therapy · School OT', 'Occupational therapy · Clinic OT', 'Speech and language therapy']);
    await service.selectOption({ label: 'Occupational therapy · School OT' });
    expect(await minutes.inputValue()).toBe('45');
    await service.selectOption({ label: 'Speech and language therapy' });
    expect(await minutes.inputValue()).toBe('20');
    await minutes.fill('25');
    await service.selectOption({ label: 'Occupational therapy · Clinic OT' });
    expect(await minutes.inputValue()).toBe('25');
  });

  it('names the services in Spanish for a Spanish reader', async () => {
    const priya = await suite.open('Priya Nair', '/services', { waitForConnection: false });
    await priya.getByTestId('language-select').selectOption('es');
    const titles = priya.getByTestId('service-totals').locator('h2');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 15_000 }).toEqual(['Terapia ocupacional · School OT', 'Terapia ocupacional · Clinic OT', 'Terapia del habla y del lenguaje']);
    await priya.getByTestId('language-select').selectOption('en');
    await expect.poll(() => titles.first().innerText(), { timeout: 15_000 }).toBe('Occupational therapy · School OT');
  });

  it('names the service of a missed-session reminder in the reader’s language', async () => {
    const { server, team } = suite;
    const school = (await server.services.documents.readPlan(team.workspaceId)).services.find((service) => service.provider === 'School OT')!;
    const priya = apiClient(server.url, { cookie: team.members['Priya Nair']!.cookie });
    const logged = await priya.request('POST', `/api/workspaces/${team.workspaceId}/service-log`, { serviceId: school.id, date: addDays(todayIn('UTC'), -1), minutes: 0, status: 'missed_child' });
    expect(logged.status).toBe(201);
    await server.services.reminderJob.run();

    const dana = await suite.open('Dana Ortiz', '', { waitForConnection: false });
    await dana.getByTestId('language-select').selectOption('es');
    const reminder = dana.getByTestId('reminders').locator('[data-kind="missed_session"]');
    await expect.poll(() => reminder.innerText(), { timeout: 15_000 }).toMatch(/^Terapia ocupacional: el niño faltó a la sesión del .*, y aún no tiene reposición\./);
  });
});
