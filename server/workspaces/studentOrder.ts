import { compareText } from '../../shared/compareText';

/**
 * Students by name as a person reads a list: case and accents aside ("anna" beside "Anna",
 * "Élodie" among the E's), then the exact spelling, then the workspace id, so two students of
 * the same name keep their places on every load and on every instance. The collation is fixed
 * rather than the server's locale, which may differ between instances of one deployment.
 */
const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareStudentNames(a: { studentName: string; id: string }, b: { studentName: string; id: string }): number {
  return byName.compare(a.studentName, b.studentName) || compareText(a.studentName, b.studentName) || compareText(a.id, b.id);
}
