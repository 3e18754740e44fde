import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishExports } from '../helpers/englishExports';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'english-exports');

describe('English exports', () => {
  it('are byte for byte what they were before other languages were added', () => {
    const files = englishExports();
    expect(Object.keys(files).sort()).toEqual(fs.readdirSync(fixtures).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(text, name).toBe(fs.readFileSync(path.join(fixtures, name), 'utf8'));
    }
  });
});
