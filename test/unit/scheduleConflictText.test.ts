import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { conflictWords, conflictSentence, type ConflictWriting } from '../../client/schedule/conflictSentence';
import { catalogs } from '../../shared/i18n/catalogs';
import { formatClockIn, formatWeekdayIn } from '../../shared/i18n/dates';
import type { Language } from '../../shared/i18n/languages';
import { defaultScheduleSettings } from '../../shared/schema/schedule';
import type { SessionKind } from '../../shared/schema/scheduleVocabulary';
import type { Setting } from '../../shared/roles';
import { conflictTextKeys } from '../../shared/scheduleConflictText';
import { findConflicts } from '../../shared/scheduleConflicts';
import type { Occurrence } from '../../shared/scheduleRecurrence';

/**
 * Every kind of schedule conflict must read in the reader's language: its key exists in each
 * catalog with exactly the placeholders the page fills, and the Spanish sentence keeps none of
 * the English one's words (its days and times included).
 */

function occurrence(sessionId: string, kind: SessionKind, setting: Setting, title: string, date: string, start: number, end: number): Occurrence {
  return { key: `${sessionId}:${date}`, sessionId, kind, setting, title, serviceId: '', providerName: '', people: ['Dana Ortiz'], date, start, end, cancelled: null };
}

// A week in April: neither "Apr" nor its weekdays are also Spanish words, so a leftover English
// day would show. Titles are the team's own words and pass through unchanged in both languages.
const titles = ['Logopedia', 'Fisio'];
const conflicts = findConflicts({
  weekStart: '2026-04-13',
  settings: { ...defaultScheduleSettings, travelBufferMinutes: 30, maxSessionsPerDay: 3, maxMinutesPerDay: 120 },
  holidays: {},
  accepted: {},
  services: [{ id: 'svc_ot', label: 'Occupational therapy', type: 'ot', requiredWeeklyMinutes: 90 }],
  occurrences: [
    // Monday: an untitled clinic appointment overlaps school speech.
    occurrence('s1', 'school_service', 'school', 'Logopedia', '2026-04-13', 540, 585),
    occurrence('s2', 'clinic', 'clinic', '', '2026-04-13', 570, 615),
    // Tuesday: ten minutes between school and the clinic, where the team allows thirty.
    occurrence('s3', 'school_service', 'school', 'Fisio', '2026-04-14', 780, 810),
    occurrence('s4', 'clinic', 'clinic', 'Logopedia', '2026-04-14', 820, 860),
    // Wednesday: a session inside untitled protected instruction.
    occurrence('s5', 'protected', 'school', '', '2026-04-15', 600, 660),
    occurrence('s6', 'school_service', 'school', 'Fisio', '2026-04-15', 630, 660),
    // Thursday: four sessions where the team allows three.
    ...[480, 510, 540, 570].map((start, i) => occurrence(`t${i}`, 'school_service', 'school', 'Fisio', '2026-04-16', start, start + 20)),
    // Friday: 150 minutes where the team allows 120.
    occurrence('f1', 'school_service', 'school', 'Logopedia', '2026-04-17', 480, 570),
    occurrence('f2', 'school_service', 'school', 'Fisio', '2026-04-17', 600, 660),
  ],
});

function writingIn(language: Language): ConflictWriting {
  const i18n = createInstance();
  void i18n.init({ resources: { [language]: { translation: catalogs[language] } }, lng: language, initAsync: false, interpolation: { escapeValue: false } });
  const t = i18n.getFixedT(language) as unknown as ConflictWriting['translate'];
  return { translate: t, clock: (minute) => formatClockIn(language, minute), day: (date) => formatWeekdayIn(language, date) };
}

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const words = (sentence: string) => new Set([...sentence.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => m[0]));

function template(language: Language, key: string): string {
  let node: unknown = catalogs[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : '';
}

describe('schedule conflicts in the reader’s language', () => {
  const english = writingIn('en');
  const spanish = writingIn('es');

  it('the example week has one conflict of every kind of sentence', () => {
    expect(conflicts.map((c) => c.text.key).sort()).toEqual([...conflictTextKeys].sort());
  });

  it.each(conflictTextKeys)('%s: both catalogs have the key, with exactly the placeholders its facts fill', (key) => {
    const conflict = conflicts.find((c) => c.text.key === key)!;
    const filled = conflictWords(conflict.text, english);
    for (const language of ['en', 'es'] as const) {
      const text = template(language, filled.key);
      expect(text, `${language} ${filled.key}`).not.toBe('');
      expect(placeholders(text), `${language} ${filled.key}`).toEqual(Object.keys(filled.values).sort());
    }
  });

  it.each(conflictTextKeys)('%s: the Spanish sentence keeps no English word, and shows its day and time in Spanish', (key) => {
    const conflict = conflicts.find((c) => c.text.key === key)!;
    const inEnglish = conflictSentence(conflict.text, english);
    const inSpanish = conflictSentence(conflict.text, spanish);
    const teamWords = words(titles.join(' '));
    const englishWords = [...words(inEnglish)].filter((word) => !teamWords.has(word));
    expect(englishWords.length, inEnglish).toBeGreaterThan(2);
    expect([...words(inSpanish)].filter((word) => englishWords.includes(word)), inSpanish).toEqual([]);
    expect(inSpanish).not.toContain('{{');
    if (conflict.date) expect(inSpanish).toContain(formatWeekdayIn('es', conflict.date));
  });

  it('names sessions by their title, or by their kind in the reader’s language when untitled', () => {
    const overlap = conflicts.find((c) => c.text.key === 'overlap')!;
    expect(conflictSentence(overlap.text, english)).toBe('Logopedia (9:00 AM–9:45 AM) and Clinic appointment (9:30 AM–10:15 AM) overlap on Mon, Apr 13.');
    expect(conflictSentence(overlap.text, spanish)).toBe(`Logopedia (${formatClockIn('es', 540)}–${formatClockIn('es', 585)}) y Cita en la clínica (${formatClockIn('es', 570)}–${formatClockIn('es', 615)}) se superponen el ${formatWeekdayIn('es', '2026-04-13')}.`);
    const shortfall = conflicts.find((c) => c.text.key === 'shortfall')!;
    expect(conflictSentence(shortfall.text, spanish)).toBe('Terapia ocupacional: 0 de 90 minutos requeridos programados esta semana (faltan 90).');
    // The English sentence the server keeps is unchanged beside the facts.
    expect(shortfall.message).toBe('Occupational therapy: 0 of 90 required minutes scheduled this week (90 short).');
  });

  it('a service type the vocabulary does not know keeps the name it was given', () => {
    const [unknown] = findConflicts({
      weekStart: '2026-04-13',
      settings: defaultScheduleSettings,
      holidays: {},
      accepted: {},
      services: [{ id: 'svc_x', label: 'Hippotherapy', type: 'hippotherapy', requiredWeeklyMinutes: 30 }],
      occurrences: [],
    });
    expect(conflictSentence(unknown!.text, spanish)).toBe('Hippotherapy: 0 de 30 minutos requeridos programados esta semana (faltan 30).');
  });
});
