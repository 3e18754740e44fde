import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Someone else's write to a plain field met yours. While you type: what they wrote, which
 * your next keystroke replaces. Once you have left the field: what you wrote, which theirs
 * replaced. Either way nobody's words vanish without a word.
 */
export interface Overwrite {
  readonly phase: 'typing' | 'left';
  readonly theirs: string;
  readonly mine: string;
  /** Who was in the field with you when it happened, if anyone was. */
  readonly by: string | null;
}

export interface PlainDraft {
  readonly draft: string;
  readonly overwrite: Overwrite | null;
  focus(): void;
  change(next: string): void;
  blur(): void;
  useTheirs(): void;
  putMineBack(): void;
  dismiss(): void;
}

/**
 * The text shown in a field over a plain stored value (last writer wins). Each change is
 * written at once so the others see it; while you are in the field a colleague's write does
 * not replace what you are typing. When theirs and yours cross, the field says so and lets
 * you take theirs, or put yours back after theirs won.
 */
export function usePlainDraft(value: string, canEdit: boolean, commit: (value: string) => void, presentName: () => string | null): PlainDraft {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [overwrite, setOverwrite] = useState<Overwrite | null>(null);
  // The value this field last wrote: the stored value coming back as that is our own echo.
  const written = useRef<string | null>(null);

  useEffect(() => {
    if (!editing || !canEdit) {
      setDraft(value);
      return;
    }
    if (value !== written.current && value !== draft) setOverwrite({ phase: 'typing', theirs: value, mine: draft, by: presentName() });
    // Only a change of the stored value is news; the draft changing is our own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, editing, canEdit]);

  const write = useCallback(
    (next: string) => {
      written.current = next;
      commit(next);
    },
    [commit],
  );

  return {
    draft,
    overwrite,
    focus: () => {
      setEditing(true);
      setOverwrite((current) => (current?.phase === 'left' ? current : null));
    },
    change: (next) => {
      setDraft(next);
      if (next !== value) write(next);
    },
    blur: () => {
      setEditing(false);
      if (canEdit && value !== draft) setOverwrite({ phase: 'left', theirs: value, mine: draft, by: overwrite?.by ?? presentName() });
      else setOverwrite(null);
    },
    useTheirs: () => {
      if (!overwrite) return;
      setDraft(overwrite.theirs);
      if (overwrite.theirs !== value) write(overwrite.theirs);
      setOverwrite(null);
    },
    putMineBack: () => {
      if (!overwrite) return;
      setDraft(overwrite.mine);
      write(overwrite.mine);
      setOverwrite(null);
    },
    dismiss: () => setOverwrite(null),
  };
}
