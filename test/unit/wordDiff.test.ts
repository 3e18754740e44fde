import { describe, expect, it } from 'vitest';
import { diffWords } from '../../shared/wordDiff';

describe('diffWords', () => {
  it('shows a replaced word in place', () => {
    expect(diffWords('holds a pencil for 5 minutes', 'holds a pencil for 10 minutes')).toEqual([
      { kind: 'same', text: 'holds a pencil for ' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '10' },
      { kind: 'same', text: ' minutes' },
    ]);
  });

  it('handles empty before or after', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Uses a slant board at school and a pencil grip at home.';
    const after = 'Uses a pencil grip at school, at the clinic and at home.';
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
  });
});
