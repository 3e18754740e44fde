import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { VersionView } from '../../shared/api';
import { planDoc, type Author } from '../../shared/schema';
import { renderPdf } from '../../server/export/pdf';
import { pdfToText, squash } from '../helpers/exportText';

/**
 * Right-to-left paragraphs in the PDF that wrap over several lines: read back with a PDF text
 * reader, the lines come in the order they were written and each reads in its own order, so a
 * parent's words in Arabic or Hebrew survive as written.
 */

const parent: Author = { userId: 'u-parent', name: 'سارة يوسف', role: 'parent', setting: 'home' };

// Without punctuation inside: Poppler, on a page that is mostly left to right, reorders a line's
// right-to-left stretches between punctuation marks by itself, whatever their order on the page.
// Digits inside a right-to-left stretch split it the same way. The lam-alef ligatures ("ثلاث", "الأسبوع") must read back as written.
const arabic =
  'يحب محمد القراءة مع أخته في البيت كل مساء ويقرأ قصة قصيرة قبل النوم ثم يكتب ثلاث جمل عن القصة في دفتره ويرسم صورة للشخصية التي أحبها أكثر من غيرها وفي نهاية الأسبوع يحكي القصة لجده بصوت عال';
const hebrew =
  'דוד אוהב לקרוא עם אחותו בבית בכל ערב וקורא סיפור קצר לפני השינה ואחר כך הוא כותב חמישה משפטים על הסיפור במחברת שלו ומצייר תמונה של הדמות שהוא הכי אוהב ובסוף השבוע הוא מספר את הסיפור לסבא שלו';
const mixed = 'At home: דוד קורא חצי שעה בכל ערב עם אחותו ואחר כך כותב משפט אחד על מה שקרא and he asks for the next book in English';

// An agreed version: a draft's diagonal watermark would put its letters among the lines read.
const version: VersionView = {
  id: 'v-1',
  number: 1,
  title: 'Annual IEP',
  hash: 'e'.repeat(64),
  documentCode: 'eeee-eeee',
  reason: '',
  timeZone: 'UTC',
  proposedBy: { userId: parent.userId, name: parent.name },
  proposedAt: '2026-09-10T15:00:00.000Z',
  status: 'agreed',
  requiredSigners: [parent.userId],
  signatures: [],
};

/** Without the embedding marks (U+202A to U+202E) the reader puts around right-to-left runs. */
const readerText = (text: string) => text.replace(/[\u202A-\u202E]/g, '');

/** The lines of extracted text from the one holding `first` to the one holding `last`. */
function linesBetween(text: string, first: string, last: string): string[] {
  const lines = text.split('\n');
  const from = lines.findIndex((line) => line.includes(first));
  const to = lines.findIndex((line, index) => index >= from && line.includes(last));
  expect(from, `a line with "${first}"`).toBeGreaterThanOrEqual(0);
  expect(to, `a line with "${last}" after it`).toBeGreaterThanOrEqual(from);
  return lines.slice(from, to + 1);
}

/** The plan's PDF as a reader extracts it, with `parentInput` and, when given, a goal's baseline and target. */
async function readBack(parentInput: string, goal?: { baseline: string; target: string }): Promise<string> {
  const plan = planDoc(new Y.Doc());
  plan.init();
  plan.parentInput.setPlain(parentInput);
  if (goal) plan.goals.add({ area: 'reading', ...goal, measurement: 'Weekly' }, parent);
  const bytes = await renderPdf({
    plan: plan.snapshot(),
    student: { name: 'محمد أحمد', gradeOrBirthDate: 'Grade 3', school: 'Lincoln Elementary' },
    team: [{ userId: parent.userId, displayName: parent.name, role: parent.role, setting: parent.setting }],
    meetings: [],
    timeZone: 'UTC',
    version,
  });
  // Layout mode: the goal's fields are two columns, and a short last line must stay with its paragraph.
  return pdfToText(bytes, ['-layout']);
}

/** Checks that every occurrence of the paragraph reads back whole and in order, over more than one line. */
function expectReadsAsWritten(text: string, paragraph: string, first: string, last: string, occurrences: number): void {
  let rest = text;
  let seen = 0;
  while (rest.includes(first)) {
    const lines = linesBetween(rest, first, last);
    expect(lines.length, `${first}… wraps`).toBeGreaterThanOrEqual(2);
    expect(squash(readerText(lines.join(' ')))).toContain(squash(paragraph));
    rest = rest.slice(rest.indexOf(lines[lines.length - 1]!) + lines[lines.length - 1]!.length);
    seen += 1;
  }
  expect(seen, first).toBe(occurrences);
}

describe('right-to-left paragraphs in the PDF', () => {
  it('keep wrapped lines in the order written, each line in reading order, in the parent input and in a narrow goal field', async () => {
    const text = await readBack(`${arabic}\n${hebrew}`, { baseline: hebrew, target: arabic });
    expectReadsAsWritten(text, arabic, 'يحب محمد', 'بصوت عال', 2);
    expectReadsAsWritten(text, hebrew, 'דוד אוהב', 'לסבא שלו', 2);
  });

  it('keep a right-to-left stretch inside an English paragraph in place while it wraps', async () => {
    // A page of its own: the reader guesses a page's main direction from all of its text.
    expectReadsAsWritten(await readBack(mixed), mixed, 'At home:', 'in English', 1);
  });
});
