import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const clientDir = path.resolve(__dirname, '../../client');

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/** Selectors that style a class on its own (`.name`, `.name:hover`, `.name--x`), not inside another. */
function unscopedClasses(css: string): Set<string> {
  const found = new Set<string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selectors] of withoutComments.matchAll(/([^{}]+)\{/g)) {
    for (const selector of selectors!.split(',').map((part) => part.trim())) {
      if (selector.startsWith('@') || /[\s>+~]/.test(selector)) continue;
      const first = /^\.([A-Za-z][\w-]*)/.exec(selector);
      if (first) found.add(first[1]!);
    }
  }
  return found;
}

describe('the app’s styles', () => {
  // All of them are one stylesheet: a class styled on its own in two files gets whichever rule
  // comes last, on every page (the plan's completeness line once took the versions checklist's box).
  it('style each class on its own in one file only', () => {
    const owners = new Map<string, string[]>();
    for (const file of cssFiles(clientDir)) {
      for (const name of unscopedClasses(fs.readFileSync(file, 'utf8'))) {
        owners.set(name, [...(owners.get(name) ?? []), path.relative(clientDir, file)]);
      }
    }
    const shared = [...owners].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
