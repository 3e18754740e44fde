import { useSyncExternalStore } from 'react';
import { getSessionState } from '../../session/sessionStore';
import { CommentOutbox, type OutboxEntry } from './CommentOutbox';

/** The signed-in person's outbox for a workspace; null when nobody is signed in. */
export function outboxFor(workspaceId: string): CommentOutbox | null {
  const session = getSessionState();
  return session.status === 'signed-in' ? CommentOutbox.for(workspaceId, session.user.id) : null;
}

const none: readonly OutboxEntry[] = [];

/** Comments of mine waiting to be sent (or refused) in this workspace, live. */
export function useOutbox(workspaceId: string): { outbox: CommentOutbox | null; entries: readonly OutboxEntry[] } {
  const outbox = outboxFor(workspaceId);
  const entries = useSyncExternalStore(
    (listener) => outbox?.subscribe(listener) ?? (() => undefined),
    () => (outbox ? outbox.snapshot : none),
  );
  return { outbox, entries };
}
