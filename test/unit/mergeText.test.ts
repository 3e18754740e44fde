import { describe, expect, it } from 'vitest';
import { applyProposal } from '../../shared/mergeText';

describe('applyProposal', () => {
  it('makes the proposal’s change and keeps words written elsewhere in the field since', () => {
    expect(applyProposal('Writes M and a.', 'Writes M and a. At home she writes y too.', 'In September: Writes M and a.')).toBe(
      'In September: Writes M and a. At home she writes y too.',
    );
    expect(applyProposal('Uses 2-word phrases in class.', 'Uses 3-word phrases in class.', 'Uses 2-word phrases in class and at lunch.')).toBe(
      'Uses 3-word phrases in class and at lunch.',
    );
  });

  it('is the proposal itself when the field did not change', () => {
    expect(applyProposal('Reads 20 words.', 'Reads 25 words a minute.', 'Reads 20 words.')).toBe('Reads 25 words a minute.');
  });

  it('keeps both when both added words at the same place, the field’s first', () => {
    expect(applyProposal('Reads.', 'Reads. Loves comics.', 'Reads. Daily.')).toBe('Reads. Daily. Loves comics.');
  });

  it('takes the proposal’s wording where both changed the same words', () => {
    expect(applyProposal('Reads 20 words.', 'Reads 25 words.', 'Reads 22 words.')).toBe('Reads 25 words.');
  });

  it('removes what the proposal removed, around a colleague’s new words', () => {
    expect(applyProposal('Needs a prompt, a timer and a chart.', 'Needs a prompt and a chart.', 'Now needs a prompt, a timer and a chart.')).toBe(
      'Now needs a prompt and a chart.',
    );
  });
});
