import { compareText } from '../../shared/compareText';

/**
 * Students by name as a person reads a list: case and accents aside ("anna" beside "Anna",
 * "Élodie" among the E's), then the exact spelling, then the workspace id, so two students of
 * the same name keep their places on every load and on every instance. The collation is fixed
 * rather than the server's locale, which may differ between instances of one deployment.
 */
let byName: Intl.Collator | null = null;

export function compareStudentNames(a: { studentName: string; id: string }, b: { studentName: string; id: string }): number {
  // Made on first use: the collation data costs a server that never lists students about 3 MiB.
  byName ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return byName.compare(a.studentName, b.studentName) || compareText(a.studentName, b.studentName) || compareText(a.id, b.id);
}
