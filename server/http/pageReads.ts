import type { Context, Hono } from 'hono';
import type { Route } from '../../shared/routes';
import { pageReadsElementId, type PageRead } from '../../shared/pageReads';
import type { AppEnv } from './AppEnv';

/**
 * The reads a page makes as it opens, answered inside the page itself.
 *
 * On a slow link every read is a round trip (over half a second on slow 4G), and the app can
 * only ask once its code has run: the student list waited for the session and then the list,
 * a plan for its workspace, the sign-in page for the session and then the setup. So the server
 * makes those reads as it sends the page, through its own API (the same routes, the same checks
 * of who is asking, the same consent gate and logs as the browser's own request), and puts the
 * answers that succeeded in the page. The client's first matching read takes its answer from
 * there (client/api/pageReads.ts). A refusal is never put in (the client asks again and shows
 * it as it always did), with one exception: the session check's "no one is signed in", which
 * is exact at that moment, so the sign-in page shows without asking.
 *
 * Signed in, the page then carries a child's records, so it is sent `no-store`, as the API's
 * answers are.
 */

/** Answers beyond this are left for the client to read itself: a page is not a bulk export. */
const maxAnswerBytes = 256 * 1024;

/**
 * What every signed-in page reads at start, and what this page reads for itself. Only quick
 * reads: the page waits for them (within its budget) before its first byte leaves. The
 * caseload's summaries (up to a second for 200 students on a cold cache) are left to the page,
 * which shows its frame meanwhile.
 */
function signedInReads(route: Route): string[] {
  // The setup says whether mail is on (the unverified-address notice asks) as well.
  const reads = ['/setup', '/notifications/unread'];
  if (route.page === 'home') reads.push('/workspaces', '/notifications/reminders');
  if ('workspaceId' in route) reads.push(`/workspaces/${encodeURIComponent(route.workspaceId)}`);
  return reads;
}

/** One read through the app, as this request's browser would make it. */
async function readThroughApi(app: Hono<AppEnv>, c: Context<AppEnv>, path: string, keepSignedOut = false): Promise<PageRead | null> {
  const headers = new Headers({ accept: 'application/json' });
  for (const name of ['cookie', 'user-agent', 'accept-language', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host']) {
    const value = c.req.header(name);
    if (value !== undefined) headers.set(name, value);
  }
  // The browser's connection, for its address (and TLS); never its response, which is the page's.
  const bindings = { incoming: c.env.incoming } as AppEnv['Bindings'];
  const response = await app.request(new URL(`/api${path}`, c.req.url).href, { headers }, bindings);
  // A read that sets a cookie changes the session: the browser must get that answer itself.
  if (response.headers.has('set-cookie')) return null;
  const signedOut = keepSignedOut && response.status === 401;
  if (response.status !== 200 && !signedOut) return null;
  const text = await response.text();
  if (Buffer.byteLength(text) > maxAnswerBytes) return null;
  try {
    const body = JSON.parse(text) as unknown;
    return signedOut ? { path, status: 401, body } : { path, body };
  } catch {
    return null;
  }
}

const sessionCheck = '/auth/me';

/** Whether the answers are someone's own (signed in), not only the public setup. */
export const answersArePersonal = (reads: readonly PageRead[]): boolean => reads.some((read) => read.path === sessionCheck && read.status === undefined);

/**
 * The page's reads, answered; only those that succeeded within `budgetMs` (PAGE_READS_BUDGET_MS).
 * They take a few milliseconds; a database that is slow right now must not hold the page, which
 * shows its frame and reads for itself instead.
 */
export async function answerPageReads(app: Hono<AppEnv>, c: Context<AppEnv>, route: Route, budgetMs: number): Promise<PageRead[]> {
  if (budgetMs === 0) return [];
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), budgetMs);
  });
  const read = (path: string, keepSignedOut = false) => Promise.race([readThroughApi(app, c, path, keepSignedOut), outOfTime]);
  const answered = (answers: readonly (PageRead | null)[]) => answers.filter((answer): answer is PageRead => answer !== null);
  try {
    const me = await read(sessionCheck, true);
    // Signed out (no cookie, or one that names no session): that, and the public setup, for
    // the sign-in page.
    if (!me || me.status === 401) return answered([me, await read('/setup')]);
    return answered([me, ...(await Promise.all(signedInReads(route).map((path) => read(path))))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * JSON inside a script element ends at the first `</script`, whatever the JSON says: every `<`,
 * `>` and `&` is written as a JSON escape (they only occur inside strings), and so are the two
 * line separators older parsers took for line ends.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page with its answers in it; the preload of the session check goes when it is answered. */
export function withPageReads(html: string, reads: readonly PageRead[]): string {
  if (reads.length === 0 || !html.includes('</head>')) return html;
  const answered = reads.some((read) => read.path === sessionCheck) ? html.replace(/<link rel="preload" href="\/api\/auth\/me"[^>]*>\s*/, '') : html;
  const element = `<script type="application/json" id="${pageReadsElementId}">${scriptSafeJson(reads)}</script>`;
  return answered.replace('</head>', `${element}</head>`);
}
