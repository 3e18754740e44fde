import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { completenessText, type Translate } from '../../client/i18n/completenessText';
import { checkCompleteness, type CompletenessItem } from '../../shared/completeness';
import { iepComponents } from '../../shared/iepCompleteness';
import { catalogs } from '../../shared/i18n/catalogs';
import { languages } from '../../shared/i18n/languages';
import { planDoc, type Author } from '../../shared/schema';
import { writeCompletePlan } from '../helpers/iepFixture';

const manager: Author = { userId: 'u-cm', name: 'Priya Nair', role: 'case_manager', setting: 'school' };

function valueAt(catalog: object, key: string): unknown {
  let node: unknown = catalog;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/**
 * A plan with a line of every kind: a complete goal and service, a second goal and service with
 * nothing filled in, present levels shown for an area no goal addresses, and a new empty plan's
 * gaps besides.
 */
function checklists(): CompletenessItem[][] {
  const full = planDoc(new Y.Doc());
  writeCompletePlan(full, manager);
  full.goals.add({ area: 'reading' }, manager);
  full.services.add({ type: 'ot', frequency: 'Weekly' }, manager);
  full.presentLevels.setShown('math', true);
  return [checkCompleteness(full.snapshot(), { teamCovered: true }), checkCompleteness(planDoc(new Y.Doc()).snapshot())];
}

describe('the version checklist in the reader’s language', () => {
  const t = createInstance();
  beforeAll(async () => {
    await t.init({
      resources: Object.fromEntries(languages.map((language) => [language, { translation: catalogs[language] }])),
      lng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  });
  const render = (item: CompletenessItem, language: string) => completenessText(item.message, t.getFixedT(language) as unknown as Translate, language);
  const items = checklists().flat();

  it('covers goals and services with and without gaps, and present levels of an area no goal addresses', () => {
    const keys = new Set(items.map((item) => item.message.key));
    for (const key of ['goalComplete', 'goalMissing', 'serviceComplete', 'serviceMissing', 'presentLevelsFor', 'presentLevelsForGoal']) {
      expect(keys, key).toContain(`completenessText.${key}`);
    }
  });

  it.each(languages)('%s has every line’s key, with exactly the placeholders its values fill', (language) => {
    for (const { message } of items) {
      const text = valueAt(catalogs[language], message.key);
      expect(typeof text, message.key).toBe('string');
      expect(placeholders(text as string), message.key).toEqual(Object.keys(message.params ?? {}).sort());
      for (const field of message.params?.missing ?? []) expect(typeof valueAt(catalogs[language], `completenessText.fields.${field}`), field).toBe('string');
    }
  });

  it('has a label in both catalogs for every IEP component, including those a young child’s plan leaves out', () => {
    for (const language of languages) {
      for (const component of iepComponents) expect(typeof valueAt(catalogs[language], `iepComponents.labels.${component.id}`), component.id).toBe('string');
    }
  });

  it('reads in English exactly as the English label the server and exports keep', () => {
    for (const item of items) expect(render(item, 'en')).toBe(item.label);
  });

  it('shows a Spanish reader no English label, with the area, the service and the missing parts in Spanish', () => {
    for (const item of items) {
      const spanish = render(item, 'es');
      expect(spanish, item.id).not.toBe(item.label);
      expect(spanish).not.toMatch(/\{\{|Goal|Service|baseline|Present levels/);
    }
    const spanish = items.map((item) => render(item, 'es'));
    expect(spanish).toContain('Meta 2 (Lectura): falta indicar el punto de partida, el objetivo, cómo se mide y cuándo se informa del progreso');
    expect(spanish).toContain('Servicio 2 (Terapia ocupacional): falta indicar el lugar, la duración, la fecha de inicio, los minutos por semana y si es dentro o fuera de la educación general');
    expect(spanish).toContain('Niveles actuales de Matemáticas');
  });
});
