import * as Y from 'yjs';
import { roleDefinitions } from '../../shared/roles';
import { newId, planDoc, type Author } from '../../shared/schema';
import { suggestionMarks } from '../../shared/schema/suggestions';
import { SuggestingModeGuard } from '../../server/collab/suggestingModeGuard';
import { summarize, type LatencySummary } from './stats';

export interface SuggestingCostRow {
  readonly goals: number;
  readonly documentBytes: number;
  /** Per keystroke of a person held to suggesting, in ms. */
  readonly suggesting: LatencySummary;
}

const manager: Author = { userId: 'u-manager', name: 'Dana', role: 'case_manager', setting: roleDefinitions.case_manager.setting };
const parent = { userId: 'u-parent', name: 'Alex', role: 'parent' as const };

/** A plan of `goals` goals, each with a few sentences typed one keystroke at a time (as stored plans hold their typing). */
function planOf(goals: number): Y.Doc {
  const doc = new Y.Doc();
  const plan = planDoc(doc);
  plan.parentInput.setPlain('Sam reads at home every night.');
  for (let index = 0; index < goals; index += 1) {
    const id = plan.goals.add({ area: 'reading', baseline: 'Reads 40 words a minute', target: 'Reads 90 words a minute', description: 'Sam will read a grade-level passage aloud.' }, manager);
    const baseline = plan.goals.text(id, 'baseline')!;
    for (const char of ' with two errors or fewer, checked weekly by the teacher') baseline.insert(baseline.length, char);
  }
  return doc;
}

/**
 * What the room's suggesting-mode check costs per update of a person held to suggesting: one
 * keystroke of a suggested insertion in the parent input, checked against plans of growing
 * size. Everyone else's updates skip the check.
 */
export function runSuggestingCost(sizes: readonly number[] = [5, 30, 120], keystrokes = 300): SuggestingCostRow[] {
  const rows: SuggestingCostRow[] = [];
  for (const goals of sizes) {
    const room = planOf(goals);
    const guard = new SuggestingModeGuard(room, 'ws/plan', () => true);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    const text = planDoc(client).parentInput.fragment().get(0) as Y.XmlElement;
    const words = text.get(0) as Y.XmlText;
    const attrs = { id: newId(), ...parent, color: '#1f6f8b', at: new Date().toISOString() };
    const samples: number[] = [];
    for (let index = 0; index < keystrokes; index += 1) {
      let update: Uint8Array | null = null;
      const capture = (bytes: Uint8Array) => (update = bytes);
      client.once('update', capture);
      words.insert(4 + index, 'x', { [suggestionMarks.insert]: attrs });
      const started = performance.now();
      const refused = guard.refuses(update!, { ...parent, name: 'Alex' });
      samples.push(performance.now() - started);
      if (refused) throw new Error('a suggestion was refused');
      Y.applyUpdate(room, update!);
    }
    rows.push({ goals, documentBytes: Y.encodeStateAsUpdate(room).byteLength, suggesting: summarize(samples) });
    guard.destroy();
  }
  return rows;
}
