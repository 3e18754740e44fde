import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';

/** Two people in two browsers typing into the same plan, as in an IEP meeting. */
describe('co-editing in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });

  const openPlanAs = (person: string): Promise<Page> => suite.open(person, '/plan');

  it('shows each person the other’s text and caret name', async () => {
    const dana = await openPlanAs('Dana Ortiz');
    const alex = await openPlanAs('Alex Moreno');
    // "From home" is a rich-text field of the plan that both can edit.
    const danaEditor = dana.getByRole('textbox', { name: 'What the family sees at home' });
    const alexEditor = alex.getByRole('textbox', { name: 'What the family sees at home' });

    await danaEditor.click();
    await dana.keyboard.type('Maya will write her first name legibly. ');
    await alexEditor.click();
    await alex.keyboard.press('End');
    await alex.keyboard.type('At home she practises with chalk.');

    for (const [page, editor] of [[dana, danaEditor], [alex, alexEditor]] as const) {
      await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('Maya will write her first name legibly.');
      await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('At home she practises with chalk.');
      expect(page.url()).toContain('/plan');
    }
    // Who is here, by name, on both screens.
    await expect.poll(() => dana.locator('[data-testid="presence"]').innerText()).toContain('Alex Moreno');
    await expect.poll(() => alex.locator('[data-testid="presence"]').innerText()).toContain('Dana Ortiz');
    // The other person's caret carries their name.
    await expect.poll(() => dana.locator('.collaboration-carets__label').allInnerTexts()).toContain('Alex Moreno');
    await expect.poll(() => alex.locator('.collaboration-carets__label').allInnerTexts()).toContain('Dana Ortiz');
  });

  it('sends only its own presence: the others’ carets are not sent back to the server', async () => {
    const dana = await openPlanAs('Dana Ortiz');
    // Per socket: each of the page's documents has a socket and a presence id of its own.
    const sentIds = new Map<object, Set<number>>();
    dana.on('websocket', (socket) => {
      const ids = new Set<number>();
      sentIds.set(socket, ids);
      socket.on('framesent', ({ payload }) => {
        if (typeof payload === 'string') return;
        const decoder = decoding.createDecoder(new Uint8Array(payload));
        if (decoding.readVarUint(decoder) !== 1) return; // not presence
        const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
        const count = decoding.readVarUint(update);
        for (let i = 0; i < count; i += 1) {
          ids.add(decoding.readVarUint(update));
          decoding.readVarUint(update);
          decoding.readVarString(update);
        }
      });
    });
    await dana.reload();
    const alex = await openPlanAs('Alex Moreno');
    const danaEditor = dana.getByRole('textbox', { name: 'What the family sees at home' });
    const alexEditor = alex.getByRole('textbox', { name: 'What the family sees at home' });
    await danaEditor.click();
    await dana.keyboard.type('We read together. ');
    await alexEditor.click();
    await alex.keyboard.type('Every night. ');
    // Dana's screen has Alex's caret: the others' presence reached her.
    await expect.poll(() => dana.locator('.collaboration-carets__label').allInnerTexts(), { timeout: 15_000 }).toContain('Alex Moreno');
    await danaEditor.click();
    await dana.keyboard.type('More. ');
    await expect.poll(() => [...sentIds.values()].some((ids) => ids.size > 0)).toBe(true);
    expect([...sentIds.values()].map((ids) => ids.size).filter((size) => size > 1)).toEqual([]);
  });
});

