import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc, type Author } from '../../shared/schema';
import type { PlanExportInput } from '../../server/export/ExportInput';
import { renderMarkdown } from '../../server/export/markdown';
import { currentSources, fieldSources } from '../../server/translations/fieldSources';
import type { RecordedTranslation } from '../../server/translations/TranslationRepository';
import { writeCompletePlan } from '../helpers/iepFixture';

const interpreter = { userId: 'u-int', name: 'Lucía Ramos', role: 'interpreter' as const };
const manager: Author = { userId: 'u-cm', name: 'Priya Nair', role: 'case_manager', setting: 'school' };

/** A plan with an objective, a decision and a named support, and a translation of each written part. */
function translatedPlan(mode: 'beside' | 'instead', change?: (plan: ReturnType<typeof planDoc>) => void): string {
  const plan = planDoc(new Y.Doc());
  plan.init();
  writeCompletePlan(plan, manager);
  const goalId = plan.goals.list()[0]!.id;
  plan.goals.objectives.add(goalId, { text: 'Names five pictures' }, manager);
  plan.supports.add({ kind: 'accommodation', title: 'Visual schedule', description: 'A picture schedule on the desk' }, manager);
  const entries: RecordedTranslation[] = fieldSources(plan.doc).map((field) => ({
    path: field.path,
    language: 'es',
    text: `ES[${field.text.split('\n')[0]}]`,
    sourceText: field.text,
    author: interpreter,
    updatedAt: '2025-09-01T12:00:00.000Z',
  }));
  change?.(plan);
  const input: PlanExportInput = {
    plan: plan.snapshot(),
    student: { name: 'Mia Park', gradeOrBirthDate: 'Grade 4', school: 'Lincoln Elementary' },
    team: [],
    meetings: [],
    timeZone: 'America/Chicago',
    version: null,
    language: 'es',
    translations: { mode, language: 'es', entries, currentSources: currentSources(plan.doc, { entries }) },
  };
  // Markdown escapes brackets; the words are what a reader sees.
  return renderMarkdown(input).replace(/\\(.)/g, '$1');
}

describe('a family’s copy of the plan', () => {
  it('prints the translation of every written part beside the team’s words', () => {
    const text = translatedPlan('beside');
    for (const words of ['Names five pictures', 'Visual schedule', 'A picture schedule on the desk', 'Provide speech therapy twice a week']) {
      expect(text).toContain(words);
      expect(text).toContain(`ES[${words}]`);
    }
    expect(text).not.toContain('No traducido');
    expect(text).not.toContain('desactualizada');
  });

  it('prints current translations instead of the team’s words, and keeps the words where the team changed them', () => {
    const text = translatedPlan('instead', (plan) => {
      const goalId = plan.goals.list()[0]!.id;
      const objective = plan.goals.list()[0]!.objectives[0]!;
      plan.goals.objectives.update(goalId, objective.id, { text: 'Names ten pictures' });
    });
    expect(text).toContain('ES[Visual schedule]');
    expect(text).not.toContain('| Visual schedule');
    expect(text).toContain('ES[Provide speech therapy twice a week]');
    // The objective changed after it was translated: the team's new words stay, the old translation is marked.
    expect(text).toContain('Names ten pictures');
    expect(text).toMatch(/Names ten pictures \*\*\*— Traducción al español desactualizada[^*]*\*\*\* ES\[Names five pictures\]/);
    expect(text).toMatch(/\| Meta 1: [^|]+ · Objetivos a corto plazo · 1 \| Español \| Lucía Ramos \(Intérprete\), [^|]+ \| \*\*Desactualizada/);
  });
});
