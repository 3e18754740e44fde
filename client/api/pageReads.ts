import { pageReadsElementId, type PageRead } from '../../shared/pageReads';
import { freshForMs } from './earlyReads';

/**
 * Answers the server put in the page for the reads it opens with (server/http/pageReads.ts).
 * Each is handed once, to the first GET of its path, and only in the page's first moments:
 * later reads (a refresh, "Try again", a page opened after navigating) always go to the server.
 * "First moments" are the same window as for reads begun early (earlyReads.ts).
 */

/** A page's answer: what the server would have said to this GET. */
export interface PageAnswer {
  readonly status: number;
  readonly body: unknown;
}

function readFromPage(): Map<string, PageAnswer> {
  const answers = new Map<string, PageAnswer>();
  const element = typeof document === 'undefined' ? null : document.getElementById(pageReadsElementId);
  if (!element) return answers;
  element.remove();
  try {
    const reads: unknown = JSON.parse(element.textContent ?? '[]');
    if (!Array.isArray(reads)) return answers;
    for (const read of reads as PageRead[]) {
      if (typeof read?.path === 'string' && read.body !== undefined) answers.set(read.path, { status: read.status === 401 ? 401 : 200, body: read.body });
    }
  } catch {
    // Unreadable answers are no answers: every read goes to the server.
  }
  return answers;
}

const answers = readFromPage();

/** The page's answer for a GET of `path`, taken (so asked for only once), or undefined. */
export function takePageRead(path: string): PageAnswer | undefined {
  const answer = answers.get(path);
  answers.delete(path);
  return performance.now() < freshForMs ? answer : undefined;
}

/** Whether the page came saying no one is signed in (its session check answered 401). */
export function pageSaysSignedOut(): boolean {
  return answers.get('/auth/me')?.status === 401 && performance.now() < freshForMs;
}
