import { useEffect, useRef, useState } from 'react';
import type { ThreadView } from '../../shared/schema';
import { threadTitle } from './threadLabels';

/** Older comments arriving now are the document syncing, not news worth announcing. */
const freshWithinMs = 60_000;

/**
 * A short sentence for a screen reader when someone else's comment arrives while the panel is
 * open ("New reply from Sam Lee on Goals: pencil grip"). Comments already there when the panel
 * opened, and one's own, are not announced.
 */
export function useCommentAnnouncements(threads: readonly ThreadView[], myUserId: string): string {
  const seen = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const all = threads.flatMap((thread) => thread.comments.map((comment, index) => ({ thread, comment, isReply: index > 0 })));
    if (seen.current === null) {
      seen.current = new Set(all.map((entry) => entry.comment.id));
      return;
    }
    const known = seen.current;
    const now = Date.now();
    const fresh = all.filter(
      (entry) =>
        !known.has(entry.comment.id) &&
        entry.comment.author.userId !== myUserId &&
        !entry.comment.deleted &&
        now - new Date(entry.comment.createdAt).getTime() < freshWithinMs,
    );
    for (const entry of all) known.add(entry.comment.id);
    const first = fresh[0];
    if (!first) return;
    setMessage(
      fresh.length > 1
        ? `${fresh.length} new comments.`
        : `New ${first.isReply ? 'reply' : 'comment'} from ${first.comment.author.name} on ${threadTitle(first.thread)}.`,
    );
  }, [threads, myUserId]);

  return message;
}
