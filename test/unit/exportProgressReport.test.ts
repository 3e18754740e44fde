import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DataPointView } from '../../shared/schema';
import { planDoc, type Author } from '../../shared/schema';
import type { Language } from '../../shared/i18n/languages';
import { renderOutlineHtml } from '../../server/export/html';
import { renderOutlinePdf } from '../../server/export/pdf';
import { progressReportOutline } from '../../server/export/progressReportOutline';
import { settingColors } from '../../shared/settingStyle';
import { pdfToText } from '../helpers/exportText';

/**
 * The progress report to parents as they read it on paper: a chart a parent can read without
 * the team beside them (its scale, its period and what the dashed line is), lines told apart
 * by more than colour, and every page naming the goal it belongs to.
 */

const ot: Author = { userId: 'u-ot', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
const parent: Author = { userId: 'u-parent', name: 'Dana Park', role: 'parent', setting: 'home' };

function report(language?: Language) {
  const plan = planDoc(new Y.Doc());
  plan.init();
  for (let index = 0; index < 5; index += 1) plan.goals.add({ area: 'fine_motor', target: `Writes ${index + 3} sentences with a tripod grip in 8 of 10 trials` }, ot);
  const goals = plan.snapshot().goals.map((goal, index) => {
    // More points for each goal, so the tables grow and the goals fall across pages.
    const points: DataPointView[] = Array.from({ length: 4 + index * 3 }, (_, step) => ({
      id: `p${index}-${step}`,
      goalId: goal.id,
      date: `2025-${step < 9 ? '09' : '10'}-${String(1 + (step % 9) * 3).padStart(2, '0')}`,
      value: 40 + step * 3,
      setting: step % 2 === 0 ? 'school' : 'home',
      note: '',
      recordedBy: step % 2 === 0 ? ot : parent,
      recordedAt: '2025-10-30T15:00:00.000Z',
    }));
    return { goal, measure: { kind: 'percent' as const, ratingMax: 5, baseline: 40, target: 80, higherIsBetter: true }, points };
  });
  return progressReportOutline({
    student: { name: 'Mia Park', gradeOrBirthDate: 'Grade 2', school: 'Lincoln Elementary' },
    period: { from: '2025-09-01', to: '2025-11-30' },
    goals,
    issuedOn: '2025-12-03',
    author: ot.name,
    ...(language ? { language } : {}),
  });
}

const pagesOf = (bytes: Uint8Array) =>
  pdfToText(bytes)
    .split('\f')
    .map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);

describe('the progress report on paper', () => {
  it('writes the scale, the period and the target at the edges of each chart', async () => {
    const text = pdfToText(await renderOutlinePdf(report()));
    const charts = text.match(/Target 80%/g) ?? [];
    expect(charts).toHaveLength(5);
    expect(text.match(/^100%$/gm)).toHaveLength(5);
    expect(text.match(/^0%$/gm)).toHaveLength(5);
    expect(text.match(/^Sep 1, 2025$/gm)?.length).toBeGreaterThanOrEqual(5);
    expect(text.match(/^Nov 30, 2025$/gm)).toHaveLength(5);
  });

  it('names the goal at the top of every page it runs onto', async () => {
    const pages = pagesOf(await renderOutlinePdf(report()));
    expect(pages.length).toBeGreaterThan(3);
    const continued = pages.slice(1).filter((lines) => / \(continued\)$/.test(lines[0]!));
    // Every page after the first opens with a goal's own heading or names the goal it continues.
    for (const lines of pages.slice(1)) expect(lines[0]).toMatch(/^Goal \d: Fine motor( \(continued\))?$/);
    expect(continued.length).toBeGreaterThan(0);
  });

  it('does the same in Spanish', async () => {
    const pages = pagesOf(await renderOutlinePdf(report('es')));
    const text = pages.flat().join('\n');
    expect(text).toContain('Meta: 80%');
    expect(text).not.toContain('(continued)');
    expect(pages.slice(1).some((lines) => / \(continuación\)$/.test(lines[0]!))).toBe(true);
  });

  it('draws each setting as the app does, in its colour and with its marker, in the web page too', () => {
    const html = renderOutlineHtml(report());
    const chart = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    // School's points are circles, home's triangles, and the legend shows each beside its name.
    expect(chart.match(new RegExp(`<circle [^>]*fill="${settingColors.school}"`, 'g'))?.length).toBeGreaterThan(1);
    expect(chart.match(new RegExp(`<polygon [^>]*fill="${settingColors.home}"`, 'g'))?.length).toBeGreaterThan(1);
    expect(chart).toMatch(/>100%<\/text>[\s\S]*>0%<\/text>[\s\S]*>Sep 1, 2025<\/text>[\s\S]*>Nov 30, 2025<\/text>[\s\S]*>Target 80%<\/text>/);
  });
});
