import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planRoots } from '../../shared/schema/planRoots';
import { shortValueChangedSince } from '../../shared/schema/shortValueSuggestions';

/** What the card of a proposal for a short value warns of before the case manager accepts. */
describe('a short value changed since a proposal began', () => {
  const planWithSchool = (school: string) => {
    const doc = new Y.Doc();
    doc.getMap(planRoots.student).set('school', school);
    return doc;
  };

  it('says nothing while the value is what the proposal started from, spaces aside', () => {
    expect(shortValueChangedSince(planWithSchool('Lincoln'), [planRoots.student, 'school'], 'Lincoln')).toBeNull();
    expect(shortValueChangedSince(planWithSchool('Lincoln '), [planRoots.student, 'school'], 'Lincoln')).toBeNull();
  });

  it('gives the value as it reads now once someone changed or emptied it', () => {
    expect(shortValueChangedSince(planWithSchool('Lincoln Primary'), [planRoots.student, 'school'], 'Lincoln')).toBe('Lincoln Primary');
    expect(shortValueChangedSince(planWithSchool(''), [planRoots.student, 'school'], 'Lincoln')).toBe('');
  });

  it('says nothing for a place that is no short value, whatever its path claims', () => {
    const doc = planWithSchool('Lincoln');
    doc.getMap(planRoots.student).set('dateOfBirth', '2018-04-02');
    expect(shortValueChangedSince(doc, [planRoots.student, 'dateOfBirth'], '')).toBeNull();
    expect(shortValueChangedSince(doc, ['parentInput'], 'anything')).toBeNull();
    expect(shortValueChangedSince(doc, [planRoots.student, 'school', 'extra'], 'anything')).toBeNull();
  });
});
