import type { Page } from 'playwright-core';

/**
 * What a person does on Bridgeplan's pages, in the words they see: labels, headings and
 * button names. The test reads like the story it checks.
 */
export interface Person {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

export async function fillAccountForm(page: Page, person: Person, options: { emailPrefilled?: boolean } = {}): Promise<void> {
  await page.getByLabel('Your name').fill(person.name);
  if (!options.emailPrefilled) await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
}

export async function createStudentWorkspace(page: Page, student: { name: string; grade: string; school: string; timeZone?: string }): Promise<void> {
  await page.getByLabel('Student’s name').fill(student.name);
  await page.getByLabel('Grade or date of birth').fill(student.grade);
  await page.getByLabel('School').fill(student.school);
  if (student.timeZone) await page.getByLabel('Time zone').selectOption(student.timeZone);
  await page.getByRole('button', { name: 'Create the student’s workspace' }).click();
  await page.getByRole('heading', { level: 1, name: student.name }).waitFor();
}

/** Creates the invitation and copies its link the way a person would: with the Copy button. */
export async function inviteAndCopyLink(page: Page, email: string, roleLabel: string): Promise<string> {
  const form = page.getByTestId('invite-form');
  await form.getByLabel('Their email').fill(email);
  await form.getByLabel('Their role').selectOption({ label: roleLabel });
  await form.getByRole('button', { name: 'Create the invitation' }).click();
  const created = page.getByTestId('invitation-created');
  await created.getByRole('button', { name: 'Copy link' }).click();
  await created.getByText('Copied. Paste it into an email or message.').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

export async function openPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Open the plan' }).click();
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
}

/** The plan's "From home" section: a rich-text field every member who edits can type into. */
const fromHome = (page: Page) => page.getByRole('textbox', { name: 'What the family sees at home' });

/** Types at the end of the "From home" text, as someone clicking into it and writing would. */
export async function typeAtEndOfPlan(page: Page, text: string): Promise<void> {
  const editable = fromHome(page);
  await editable.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

export async function planText(page: Page): Promise<string> {
  return (await fromHome(page).textContent()) ?? '';
}

export async function presentNames(page: Page): Promise<string[]> {
  return page.getByTestId('presence-person').allTextContents();
}
