import { describe, expect, it } from 'vitest';
import { parseDocName } from '../../shared/docName';

describe('parseDocName', () => {
  it.each(['demo', 'ws_123/plan', 'ws-1/meeting/m_9', 'a/b/c/d'])('accepts %s', (name) => {
    expect(parseDocName(name)).toEqual({ ok: true, name });
  });

  it.each([
    ['', /empty/],
    ['a/b/c/d/e', /more than 4/],
    ['../etc/passwd', /letters, digits/],
    ['plan/', /letters, digits/],
    ['has space', /letters, digits/],
    ['x'.repeat(65), /1 to 64/],
    ['ümlaut', /letters, digits/],
  ])('refuses %j', (name, problem) => {
    const result = parseDocName(name);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});
