import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json. Found by walking up rather than by a fixed `..`, because the
 * same code runs from `server/` (tests, development) and compiled from `dist/server/` (`npm start`).
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

export const projectRoot = findProjectRoot(import.meta.dirname);
