import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc, type Author } from '../../shared/schema';
import { clampText, fieldLimits } from '../../shared/schema/limits';
import { fitLine } from '../../server/export/pdf';

const author: Author = { userId: 'u-1', name: 'Case Manager', role: 'case_manager', setting: 'school' };

describe('export limits', () => {
  it('fits a very long footer line with a handful of measurements', () => {
    const doc = new PDFDocument({ size: 'LETTER' });
    let measured = 0;
    const measure = doc.widthOfString.bind(doc);
    doc.widthOfString = (text: string, options?: PDFKit.Mixins.TextOptions) => {
      measured += 1;
      return measure(text, options);
    };
    doc.fontSize(8);
    const line = fitLine(doc, 'A very long plan title '.repeat(5_000), 300);
    expect(line.endsWith('…')).toBe(true);
    expect(measure(line)).toBeLessThanOrEqual(300);
    // Binary search: about log2(115,000) ≈ 17 measurements, not one per character.
    expect(measured).toBeLessThan(25);
    expect(fitLine(doc, 'Short title', 300)).toBe('Short title');
  });

  it('reads every field of a stored plan clamped to its limit', () => {
    const plan = planDoc(new Y.Doc());
    plan.init();
    plan.meta.setTitle('T'.repeat(20_000));
    plan.goals.add({ area: 'reading', baseline: 'b'.repeat(50_000), target: 'ok', description: 'd'.repeat(300_000) }, { ...author, name: 'N'.repeat(10_000) });
    const snapshot = plan.snapshot();
    expect(snapshot.title).toHaveLength(fieldLimits.shortValue);
    const goal = snapshot.goals[0]!;
    expect(goal.baseline).toHaveLength(fieldLimits.typedText);
    expect(goal.target).toBe('ok');
    expect(goal.createdBy?.name).toHaveLength(fieldLimits.shortValue);
    const described = JSON.stringify(goal.description).length;
    expect(described).toBeLessThan(fieldLimits.richText + 1_000);
  });

  it('never splits a character made of two UTF-16 units', () => {
    expect(clampText('ab😀', 3)).toBe('ab');
  });
});
