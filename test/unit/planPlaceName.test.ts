import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { planPlaceName } from '../../client/plan/planPlaceName';

/** The English catalog, as the page would read it. */
const t = ((key: string, values: Record<string, unknown> = {}) => {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}) as unknown as TFunction;

describe('a place in the plan, named as the page names it', () => {
  const naming = { goalNumber: (id: string) => (id === 'g_reading' ? 2 : null), areaName: (area: string) => (area === 'reading' ? 'Reading' : null) };

  it('names a goal’s field by its number and the label on its card', () => {
    expect(planPlaceName(['goals', 'g_reading', 'description'], t, naming)).toBe('Goal 2 · The goal, in words');
    expect(planPlaceName(['goals', 'g_reading', 'baseline'], t, naming)).toBe('Goal 2 · Where the child is now');
  });

  it('names a section by its heading on the page, not by the schema', () => {
    expect(planPlaceName(['parentInput'], t, naming)).toBe('From home');
    expect(planPlaceName(['goals', 'g_gone', 'target'], t, naming)).toBe('Goals · Where we aim to be');
    expect(planPlaceName(['presentLevel.reading'], t, naming)).toBe('What we see now · Reading');
  });
});
