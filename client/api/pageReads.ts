import { pageReadsElementId, type PageRead } from '../../shared/pageReads';

/**
 * Answers the server put in the page for the reads it opens with (server/http/pageReads.ts).
 * Each is handed once, to the first GET of its path, and only in the page's first moments:
 * later reads (a refresh, "Try again", a page opened after navigating) always go to the server.
 */
const freshForMs = 10_000;

function readFromPage(): Map<string, unknown> {
  const answers = new Map<string, unknown>();
  const element = typeof document === 'undefined' ? null : document.getElementById(pageReadsElementId);
  if (!element) return answers;
  element.remove();
  try {
    const reads: unknown = JSON.parse(element.textContent ?? '[]');
    if (!Array.isArray(reads)) return answers;
    for (const read of reads as PageRead[]) {
      if (typeof read?.path === 'string' && read.body !== undefined) answers.set(read.path, read.body);
    }
  } catch {
    // Unreadable answers are no answers: every read goes to the server.
  }
  return answers;
}

const answers = readFromPage();

/** The page's answer for a GET of `path`, taken (so asked for only once), or undefined. */
export function takePageRead(path: string): unknown {
  if (!answers.has(path)) return undefined;
  const body = answers.get(path);
  answers.delete(path);
  return performance.now() < freshForMs ? body : undefined;
}
