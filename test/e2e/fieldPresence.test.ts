import { describe, expect, it } from 'vitest';
import { useBrowserTeam } from '../helpers/browserSession';

/** A colleague's name tag on a field shows who is there without getting in anyone's way. */
describe('name tags on fields', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' });

  it('leaves the field’s buttons visible and clickable while a colleague is in it', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    const priya = await suite.open('Priya Nair', '/plan');
    await priya.getByRole('textbox', { name: 'Reading', exact: true }).click();
    await priya.keyboard.type('Reads 40 words a minute.');
    // Once Dana has the words, Priya's caret moves within them (a caret in words not yet
    // received cannot be placed in a field).
    await expect.poll(() => dana.getByRole('textbox', { name: 'Reading', exact: true }).innerText(), { timeout: 15_000 }).toContain('Reads 40 words a minute.');
    await priya.keyboard.press('Home');

    const tag = dana.locator('.field-presence__tag', { hasText: 'Priya Nair' });
    await tag.waitFor({ timeout: 30_000 });
    const hide = dana.getByRole('button', { name: 'Hide Reading (the text is kept)' });
    // In the middle of the screen, clear of the sticky bars.
    await hide.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    const [tagBox, hideBox] = [await tag.boundingBox(), await hide.boundingBox()];
    const overlaps = (a: NonNullable<typeof tagBox>, b: NonNullable<typeof tagBox>) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlaps(tagBox!, hideBox!)).toBe(false);
    // What is painted at the middle of the button is the button, not Priya's tag.
    const onTop = await hide.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    });
    expect(onTop).toBe(true);
    // Nor does the tag sit on Priya's words.
    const words = dana.getByRole('textbox', { name: 'Reading', exact: true }).getByText('Reads 40 words a minute.');
    expect(overlaps(tagBox!, (await words.boundingBox())!)).toBe(false);
  });
});
