import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { MemberView } from '../../shared/api';
import { matchMembers, mentionQueryAt, type MentionQuery } from './mentions';

export interface MentionAutocomplete {
  readonly open: boolean;
  readonly matches: readonly MemberView[];
  readonly activeIndex: number;
  /** User ids chosen from the list; names the text alone cannot tell apart need it. */
  readonly picked: ReadonlySet<string>;
  /** Call after every change of text or caret. */
  update(): void;
  choose(member: MemberView): void;
  /** Returns true when the key was the list's (the caller must not act on it then). */
  handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean;
  reset(initial?: readonly string[]): void;
}

/**
 * The @mention list of a textarea: watches the word at the caret, offers matching members,
 * and on choosing replaces "@Da" with "@Dana Ortiz ". Keys: arrows move, Enter or Tab choose,
 * Escape closes the list for this @ without touching the text.
 */
export function useMentionAutocomplete(
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  text: string,
  setText: (value: string) => void,
  members: readonly MemberView[],
  myUserId: string | undefined,
  initialPicked: readonly string[] = [],
): MentionAutocomplete {
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(initialPicked));
  const pendingCaret = useRef<number | null>(null);

  const matches = useMemo(() => (query ? matchMembers(members, query.query, myUserId) : []), [query, members, myUserId]);
  const open = query !== null && matches.length > 0 && dismissedAt !== query.start;

  const update = useCallback(() => {
    const textarea = textareaRef.current;
    if (!textarea || textarea.selectionStart !== textarea.selectionEnd) {
      setQuery(null);
      return;
    }
    const next = mentionQueryAt(textarea.value, textarea.selectionStart);
    if (next?.start !== query?.start || next?.query !== query?.query) {
      setQuery(next);
      setActiveIndex(0);
    }
    if (dismissedAt !== null && next?.start !== dismissedAt) setDismissedAt(null);
  }, [textareaRef, dismissedAt, query]);

  const choose = useCallback(
    (member: MemberView) => {
      const textarea = textareaRef.current;
      if (!query || !textarea) return;
      const caret = textarea.selectionStart;
      const inserted = `@${member.displayName} `;
      const after = text.slice(caret).replace(/^ /, '');
      setText(text.slice(0, query.start) + inserted + after);
      pendingCaret.current = query.start + inserted.length;
      setPicked((previous) => new Set(previous).add(member.userId));
      setQuery(null);
    },
    [query, text, setText, textareaRef],
  );

  // The caret goes after the inserted name once React has put the new text in the textarea.
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (pendingCaret.current === null || !textarea) return;
    textarea.focus();
    textarea.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text, textareaRef]);

  const handleKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
      if (!open || !query) return false;
      const count = matches.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActiveIndex((index) => (index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
        return true;
      }
      if ((event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        const member = matches[activeIndex];
        if (!member) return false;
        event.preventDefault();
        choose(member);
        return true;
      }
      if (event.key === 'Escape') {
        // Only the list closes: a surrounding popover must not close with the same key.
        event.preventDefault();
        event.stopPropagation();
        setDismissedAt(query.start);
        return true;
      }
      return false;
    },
    [open, query, matches, activeIndex, choose],
  );

  const reset = useCallback((initial: readonly string[] = []) => {
    setQuery(null);
    setDismissedAt(null);
    setPicked(new Set(initial));
  }, []);

  return { open, matches, activeIndex: Math.min(activeIndex, Math.max(0, matches.length - 1)), picked, update, choose, handleKeyDown, reset };
}
