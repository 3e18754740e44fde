import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roleDefinitions } from '../../shared/roles';
import { planDoc, type Author } from '../../shared/schema';
import { suggestionMarks } from '../../shared/schema/suggestions';
import { SuggestingModeGuard } from '../../server/collab/suggestingModeGuard';

const manager: Author = { userId: 'u-m', name: 'Dana', role: 'case_manager', setting: roleDefinitions.case_manager.setting };
const parent = { userId: 'u-p', name: 'Alex', role: 'parent' as const };
const mark = (id: string) => ({ [suggestionMarks.insert]: { id, ...parent, color: '#1f6f8b', at: '2026-12-01T10:00:00Z' } });

/** The room's document and one person's copy of it, synced both ways by hand. */
function setUp() {
  const room = new Y.Doc();
  const plan = planDoc(room);
  plan.parentInput.setPlain('Sam reads at home every night.');
  plan.goals.add({ area: 'reading', baseline: 'Reads 40 words a minute' }, manager);
  const guard = new SuggestingModeGuard(room, 'ws/plan', (_doc, who) => who.role !== 'case_manager');
  const person = new Y.Doc();
  Y.applyUpdate(person, Y.encodeStateAsUpdate(room));
  const words = () => (planDoc(person).parentInput.fragment().get(0) as Y.XmlElement).get(0) as Y.XmlText;
  /** The person's next change, as the room would receive it; applied to the room if admitted. */
  const send = (change: () => void): 'admitted' | 'refused' => {
    const before = Y.encodeStateVector(person);
    change();
    const update = Y.encodeStateAsUpdate(person, before);
    if (guard.refuses(update, parent)) {
      // The client is closed and reloads what the room has.
      person.destroy();
      return 'refused';
    }
    Y.applyUpdate(room, update);
    return 'admitted';
  };
  return { room, plan, guard, words, send, resync: () => Y.applyUpdate(person, Y.encodeStateAsUpdate(room, Y.encodeStateVector(person))) };
}

describe('the suggesting-mode check', () => {
  it('admits suggestions and refuses direct changes, with others’ edits (deletions alone too) in between', () => {
    const { plan, words, send, resync } = setUp();
    expect(send(() => words().insert(4, 'happily ', mark('s1')))).toBe('admitted');
    // The case manager deletes words: an update that adds nothing, only removes.
    ((plan.parentInput.fragment().get(0) as Y.XmlElement).get(0) as Y.XmlText).delete(0, 4);
    resync();
    expect(send(() => words().insert(0, 'More ', mark('s2')))).toBe('admitted');
    expect(send(() => words().delete(words().length - 1, 1))).toBe('refused');
  });

  it('refuses a direct insertion after admitted suggestions; admits words proposed for removal', () => {
    const first = setUp();
    expect(first.send(() => first.words().insert(0, 'Yes ', mark('s1')))).toBe('admitted');
    expect(first.send(() => first.words().insert(0, 'Direct '))).toBe('refused');
    expect(first.plan.parentInput.fragment().toString()).not.toContain('Direct');

    const second = setUp();
    expect(second.send(() => second.words().format(0, 3, { [suggestionMarks.delete]: { id: 's3', ...parent, color: '#1f6f8b', at: '' } }))).toBe('admitted');
    expect(second.send(() => planDoc(second.words().doc!).goals.add({ area: 'math' }, { ...parent, setting: 'home' }))).toBe('refused');
  });

  it('never holds the case manager', () => {
    const { room, guard } = setUp();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(room));
    const before = Y.encodeStateVector(other);
    planDoc(other).goals.add({ area: 'math' }, manager);
    expect(guard.refuses(Y.encodeStateAsUpdate(other, before), { userId: manager.userId, name: manager.name, role: 'case_manager' })).toBe(false);
  });
});
