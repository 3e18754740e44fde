import { randomUUID } from 'node:crypto';

/** Documents to open and the query parameters each socket must carry to be let in. */
export interface BenchRooms {
  readonly docNames: string[];
  readonly params: Record<string, string>;
}

/** POSTs JSON as our own pages do; answers the body and the session cookie (the one set now, or the one sent). */
export async function post<T>(baseUrl: string, path: string, body: unknown, cookie: string | null): Promise<{ body: T; cookie: string | null }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    // Our own Origin, as the app's pages send it: the API refuses cookie requests without it.
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie');
  return { body: (await response.json()) as T, cookie: setCookie ? setCookie.split(';')[0]! : cookie };
}

/**
 * Sockets are for workspace members only, so the benchmark signs up one account through the
 * public API, creates one student workspace per room and opens each workspace's plan with a
 * personal access token, the way a non-browser client does.
 */
export async function prepareMemberRooms(baseUrl: string, count: number): Promise<BenchRooms> {
  const signup = await post<unknown>(
    baseUrl,
    '/api/auth/signup',
    { email: `bench-${randomUUID().slice(0, 8)}@example.org`, displayName: 'Benchmark', password: randomUUID() },
    null,
  );
  const docNames: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const created = await post<{ workspace: { id: string } }>(baseUrl, '/api/workspaces', { studentName: `Bench ${i + 1}` }, signup.cookie);
    docNames.push(`${created.body.workspace.id}/plan`);
  }
  const token = await post<{ token: { token: string } }>(baseUrl, '/api/tokens', { name: 'benchmark' }, signup.cookie);
  return { docNames, params: { token: token.body.token.token } };
}
