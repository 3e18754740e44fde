import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ThreadSummary } from '../../shared/api';
import { CommentThreads, type ThreadView } from '../../shared/schema';
import { listThreads, markThreadRead } from './commentsApi';
import { useReadStateRefresh } from './useReadStateRefresh';

/** Per-person state of one thread, as the server keeps it (plus what arrived since). */
export interface ThreadReadState {
  readonly unread: number;
  readonly mentioned: boolean;
  readonly participating: boolean;
}

export interface CommentThreadsState {
  /** Live from the comments document, oldest first. */
  readonly threads: readonly ThreadView[];
  /** Keyed by thread id; a thread missing here has nothing unread. */
  readonly readState: ReadonlyMap<string, ThreadReadState>;
  /** The last failure to load unread state; the threads themselves still show. */
  readonly readStateError: unknown;
  markRead(threadId: string): Promise<void>;
  refreshReadState(): void;
}

const noState: ThreadReadState = { unread: 0, mentioned: false, participating: false };
/** Long enough to fold a burst of remote updates into one request, short enough to feel live. */
const refreshDelayMs = 600;

export function readStateOf(readState: ReadonlyMap<string, ThreadReadState>, threadId: string): ThreadReadState {
  return readState.get(threadId) ?? noState;
}

/** Just the live list, for callers that need no unread state (e.g. an editor's highlights). */
export function useLiveThreads(doc: Y.Doc): { threads: ThreadView[]; version: number } {
  const reader = useMemo(() => new CommentThreads(doc), [doc]);
  const [live, setLive] = useState(() => ({ threads: reader.list(), version: 0 }));
  useEffect(() => {
    // Catch up with anything that arrived between render and subscribing; not a change to report.
    setLive((previous) => ({ threads: reader.list(), version: previous.version }));
    return reader.observe(() => setLive((previous) => ({ threads: reader.list(), version: previous.version + 1 })));
  }, [reader]);
  return live;
}

/**
 * The comment threads of a workspace: the list comes live from the read-only comments
 * document; unread counts and mentions come from the server (`/threads`), fetched again shortly
 * after the document changes. Between the change and the server's answer, a comment by someone
 * else that the last answer did not contain already counts as unread, so a new reply shows at once.
 */
export function useCommentThreads(workspaceId: string, commentsDoc: Y.Doc, myUserId: string): CommentThreadsState {
  const { threads, version } = useLiveThreads(commentsDoc);
  const [server, setServer] = useState<{ summaries: ReadonlyMap<string, ThreadSummary> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [readLocally, setReadLocally] = useState<ReadonlyMap<string, ReadonlySet<string>>>(new Map());
  const generation = useRef(0);
  const pendingReads = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const summaries = await listThreads(workspaceId);
      // A newer request wins: never show an older answer. While a read mark is on its way the
      // answer may predate it; the mark's own refresh follows.
      if (mine !== generation.current || pendingReads.current > 0) return;
      setServer({ summaries: new Map(summaries.map((summary) => [summary.thread.id, summary])) });
      setReadLocally(new Map());
      setError(null);
    } catch (failure) {
      if (mine === generation.current) setError(failure);
    }
  }, [workspaceId]);

  useEffect(() => {
    setServer(null);
    void refresh();
    return () => {
      generation.current += 1;
    };
  }, [workspaceId, refresh]);
  useReadStateRefresh(workspaceId, refresh);

  useEffect(() => {
    if (version === 0) return;
    const timer = window.setTimeout(() => void refresh(), refreshDelayMs);
    return () => window.clearTimeout(timer);
  }, [version, refresh]);

  const readState = useMemo(() => {
    const result = new Map<string, ThreadReadState>();
    for (const thread of threads) {
      const known = server?.summaries.get(thread.id);
      const seen = new Set(known?.thread.comments.map((comment) => comment.id) ?? []);
      const readHere = readLocally.get(thread.id);
      // Until the first answer, nothing counts as new: everything would, which is not true.
      const arrived = server
        ? thread.comments.filter((c) => !seen.has(c.id) && !readHere?.has(c.id) && c.author.userId !== myUserId && !c.deleted)
        : [];
      const base = readHere ? noState : (known ?? noState);
      const participating = (known?.participating ?? false) || thread.author.userId === myUserId || thread.comments.some((c) => c.author.userId === myUserId);
      const state: ThreadReadState = {
        unread: base.unread + arrived.length,
        mentioned: base.mentioned || arrived.some((c) => c.mentions.includes(myUserId)),
        participating,
      };
      if (state.unread > 0 || state.mentioned || state.participating) result.set(thread.id, state);
    }
    return result;
  }, [threads, server, readLocally, myUserId]);

  const threadsRef = useRef(threads);
  threadsRef.current = threads;
  const markRead = useCallback(
    async (threadId: string) => {
      const thread = threadsRef.current.find((item) => item.id === threadId);
      if (thread) {
        // Shown as read straight away; an answer already on its way would undo that, so drop it.
        generation.current += 1;
        setReadLocally((previous) => new Map(previous).set(threadId, new Set(thread.comments.map((comment) => comment.id))));
      }
      pendingReads.current += 1;
      try {
        await markThreadRead(workspaceId, threadId);
      } finally {
        pendingReads.current -= 1;
      }
    },
    [workspaceId],
  );

  const refreshReadState = useCallback(() => void refresh(), [refresh]);
  return useMemo(
    () => ({ threads, readState, readStateError: error, markRead, refreshReadState }),
    [threads, readState, error, markRead, refreshReadState],
  );
}
