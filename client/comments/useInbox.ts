import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ThreadSummary } from '../../shared/api';
import { CommentThreads } from '../../shared/schema';
import { listInbox } from './commentsApi';
import { useReadStateRefresh } from './useReadStateRefresh';

const refreshDelayMs = 600;

export interface InboxState {
  readonly items: readonly ThreadSummary[] | null;
  readonly error: unknown;
  refresh(): void;
}

/**
 * Mentions of me and unread replies in my conversations, from the server. Fetched again when
 * the comments document changes (a reply arrived), when a thread is read here, and when the
 * tab comes back into view.
 */
export function useInbox(workspaceId: string, commentsDoc: Y.Doc | null | undefined): InboxState {
  const [items, setItems] = useState<readonly ThreadSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const next = await listInbox(workspaceId);
      if (mine !== generation.current) return;
      setItems(next);
      setError(null);
    } catch (failure) {
      if (mine === generation.current) setError(failure);
    }
  }, [workspaceId]);

  useEffect(() => {
    setItems(null);
    void refresh();
    return () => {
      generation.current += 1;
    };
  }, [workspaceId, refresh]);
  useReadStateRefresh(workspaceId, refresh);

  useEffect(() => {
    if (!commentsDoc) return;
    let timer: number | undefined;
    const stop = new CommentThreads(commentsDoc).observe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void refresh(), refreshDelayMs);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [commentsDoc, refresh]);

  const refreshNow = useCallback(() => void refresh(), [refresh]);
  return { items, error, refresh: refreshNow };
}
