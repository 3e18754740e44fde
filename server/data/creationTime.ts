let lastIssuedMs = 0;

/**
 * The time a listed row is created (a member joining, an invitation, a consent, a token, a
 * meeting, a service log entry, a session note), as ISO-8601 text strictly later than the last
 * one this process handed out. Lists sort by these times, and rows written in the same
 * millisecond would otherwise have no order of their own. Kept apart from `nowIso`, which
 * reads and busy writes (audit entries, token use) call far more often than once a millisecond:
 * there the same guarantee would push the clock ahead. A clock set back by more than a second
 * is followed rather than outrun.
 */
export function creationTime(): string {
  const now = Date.now();
  lastIssuedMs = now > lastIssuedMs || lastIssuedMs - now > 1_000 ? now : lastIssuedMs + 1;
  return new Date(lastIssuedMs).toISOString();
}
