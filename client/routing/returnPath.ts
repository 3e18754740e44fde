/**
 * `?next=` carries where to go after signing in. Only a path on this site is accepted, so a
 * crafted link cannot send someone to another site that looks like ours after they sign in.
 */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  // Control characters and backslashes are how "/" paths get reinterpreted as other hosts.
  if (/[\u0000-\u001f\\]/.test(raw)) return null;
  try {
    const url = new URL(raw, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

export function currentSearchParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/** The page the person is on, to come back to after signing in. */
export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

/** `/signin?next=…` (or `/signup`), keeping an email to prefill when we know it. */
export function withNext(path: string, next: string | null, email?: string): string {
  const params = new URLSearchParams();
  if (next && next !== '/') params.set('next', next);
  if (email) params.set('email', email);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
