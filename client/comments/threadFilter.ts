import type { ThreadView } from '../../shared/schema';
import { latestActivity, sectionKeyOf, sectionLabelOf } from './threadLabels';
import type { ThreadReadState } from './useCommentThreads';

export type ThreadStatusFilter = 'open' | 'resolved' | 'mine';

export interface ThreadFilter {
  readonly status: ThreadStatusFilter;
  /** A section key (see sectionKeyOf) or 'all'. */
  readonly section: string;
}

export const defaultFilter: ThreadFilter = { status: 'open', section: 'all' };

type ReadStateOf = (threadId: string) => ThreadReadState;

/** "Mine": conversations I started or took part in, or where someone named me. */
function isMine(thread: ThreadView, myUserId: string, readState: ReadStateOf): boolean {
  const state = readState(thread.id);
  return state.participating || state.mentioned || thread.comments.some((comment) => comment.mentions.includes(myUserId));
}

export function matchesStatus(thread: ThreadView, status: ThreadStatusFilter, myUserId: string, readState: ReadStateOf): boolean {
  if (status === 'open') return !thread.resolved;
  if (status === 'resolved') return thread.resolved;
  return isMine(thread, myUserId, readState);
}

/** Threads to list: newest activity first, so a fresh reply brings its thread to the top. */
export function filterThreads(threads: readonly ThreadView[], filter: ThreadFilter, myUserId: string, readState: ReadStateOf): ThreadView[] {
  return threads
    .filter((thread) => matchesStatus(thread, filter.status, myUserId, readState))
    .filter((thread) => filter.section === 'all' || sectionKeyOf(thread.anchor.ref) === filter.section)
    .sort((a, b) => latestActivity(b).localeCompare(latestActivity(a)));
}

/** The sections that have threads, in the order they first appear, with their labels. */
export function sectionsOf(threads: readonly ThreadView[]): { key: string; label: string }[] {
  const found = new Map<string, string>();
  for (const thread of threads) {
    const key = sectionKeyOf(thread.anchor.ref);
    if (!found.has(key)) found.set(key, sectionLabelOf(thread.anchor.ref));
  }
  return [...found].map(([key, label]) => ({ key, label }));
}
