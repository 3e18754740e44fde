import { describe, expect, it } from 'vitest';
import { entryLabel, storedTitles, type LiveItems } from '../../client/history/entryLabel';
import type { HistoryEntry } from '../../shared/history';
import { catalogLookup, catalogPathNames } from '../../shared/i18n/catalogPathNames';
import { es } from '../../shared/i18n/es';

const spanish = catalogPathNames(catalogLookup(es));

function entry(path: string[], label: string, kind: HistoryEntry['kind'] = 'edit'): HistoryEntry {
  return { id: 1, kind, path, label, userId: 'u1', name: 'Priya Nair', role: 'teacher', startedAt: '', endedAt: '', before: '', after: '' };
}

/** A plan holding the given items, by path, with their words (null: an item without words). */
function plan(items: Record<string, string | null>): LiveItems {
  return { has: (itemPath) => itemPath.join('/') in items, title: (itemPath) => items[itemPath.join('/')] ?? null };
}

describe('a change’s field named for the reader', () => {
  it('names the field in Spanish and the goal by its words in the plan now', () => {
    const label = entryLabel(entry(['goals', 'g1', 'baseline'], 'Goal: Reads 40 words · Baseline'), spanish, plan({ 'goals/g1': 'Reads 90 words a minute' }));
    expect(label).toBe('Meta: Reads 90 words a minute · Dónde está el niño ahora');
  });

  it('names a goal removed since by the words the stored label kept', () => {
    const live = plan({});
    expect(entryLabel(entry(['goals', 'g1', 'target'], 'Goal: Reads a passage aloud. · Target'), spanish, live)).toBe('Meta: Reads a passage aloud. · A dónde queremos llegar');
    expect(entryLabel(entry(['goals', 'g1'], 'Goal', 'removed'), spanish, live)).toBe('Meta');
    const objective = entry(['goals', 'g1', 'objectives', 'o1', 'text'], 'Goal: Reads · A passage · Objective: Reads 60 words a minute. · Text');
    expect(entryLabel(objective, spanish, live)).toBe('Meta: Reads · A passage · Paso: Reads 60 words a minute. · Texto');
  });

  it('keeps the stored label when a step has no name or a removed item’s words cannot be read back', () => {
    expect(entryLabel(entry(['goals', 'g1', 'mood'], 'Goal · Mood'), spanish, plan({ 'goals/g1': null }))).toBe('Goal · Mood');
    expect(entryLabel(entry(['goals', 'g1', 'baseline'], 'Objetivo: algo'), spanish, plan({}))).toBe('Objetivo: algo');
  });

  it('names present levels without any item', () => {
    expect(entryLabel(entry(['presentLevel.reading'], 'Present levels · Reading', 'added'), spanish, plan({}))).toBe('Niveles actuales · Lectura');
  });

  it('reads the item words out of a stored label', () => {
    expect(storedTitles(['goals', 'g1', 'baseline'], 'Goal: A · B · Baseline')).toEqual(new Map([['goals\u0000g1', 'A · B']]));
    expect(storedTitles(['goals', 'g1', 'baseline'], 'Goal · Baseline')).toEqual(new Map([['goals\u0000g1', null]]));
    expect(storedTitles(['goals', 'g1', 'baseline'], 'Goal: (x+y)* · Target')).toBeNull();
  });
});
