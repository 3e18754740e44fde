import type { MemberView } from '../../shared/api';
import { segmentComment } from './commentText';

/** The `@query` being typed at the caret, if any: where it starts and what follows the @. */
export interface MentionQuery {
  /** Index of the @ in the text. */
  readonly start: number;
  readonly query: string;
}

const maxQueryLength = 40;

/**
 * Looks back from the caret for an @ that starts a word. Spaces are allowed in the query so
 * "@Dana O" still narrows to "Dana Ortiz"; a line break or a long run ends the search.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const from = Math.max(0, caret - maxQueryLength - 1);
  for (let index = caret - 1; index >= from; index -= 1) {
    const char = text[index];
    if (char === '\n') return null;
    if (char === '@') {
      const before = index === 0 ? undefined : text[index - 1];
      if (before !== undefined && /[\p{L}\p{N}_]/u.test(before)) return null; // an email address
      const query = text.slice(index + 1, caret);
      if (query.startsWith(' ') || query.includes('  ')) return null;
      return { start: index, query };
    }
  }
  return null;
}

/** Members whose name, or a word of it, starts with the query; the person typing is left out. */
export function matchMembers(members: readonly MemberView[], query: string, excludeUserId: string | undefined, limit = 6): MemberView[] {
  const needle = query.trim().toLocaleLowerCase();
  return members
    .filter((member) => member.userId !== excludeUserId)
    .map((member) => {
      const name = member.displayName.toLocaleLowerCase();
      const rank = name.startsWith(needle) ? 0 : name.split(/\s+/).some((word) => word.startsWith(needle)) ? 1 : -1;
      return { member, rank };
    })
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.member.displayName.localeCompare(b.member.displayName))
    .slice(0, limit)
    .map((entry) => entry.member);
}

/**
 * The user ids to send as mentions: members whose `@Name` is still in the text, read the way
 * the comment will be shown (so "@Sam Lee" is not also a mention of a member called "Sam"). A
 * name shared by two members counts only for the one picked from the list, since the text
 * alone cannot say which of them was meant.
 */
export function mentionsInText(text: string, members: readonly MemberView[], picked: ReadonlySet<string>): string[] {
  const named = new Set(
    segmentComment(text, members)
      .flat()
      .flatMap((segment) => (segment.kind === 'mention' ? [segment.text.slice(1).toLocaleLowerCase()] : [])),
  );
  const result: string[] = [];
  for (const name of named) {
    const holders = members.filter((member) => member.displayName.toLocaleLowerCase() === name);
    const chosen = holders.length === 1 ? holders : holders.filter((member) => picked.has(member.userId));
    result.push(...chosen.map((member) => member.userId));
  }
  return result;
}
