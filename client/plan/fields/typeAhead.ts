/**
 * Keys typed between pressing a button that creates a field and that field taking the caret.
 * The new editor mounts a moment after the click (a render, then the editor's own start), and
 * someone who types at once would otherwise lose those letters, or press the button again with
 * Enter or Space. While held, printable keys are kept in order (Backspace takes one back) and
 * every other key that could press a button is swallowed; the field that takes the caret gets
 * the letters with `takeTypedAhead`.
 *
 * An Enter pressed twice on the button may also arrive just after the field took the caret
 * (the field starts between the two presses on a busy machine). In the field it would split an
 * empty first line off the goal, so when nothing was typed yet the field keeps ignoring Enter
 * until the first other key, or until the caret leaves it. This follows the order of the keys,
 * not a delay: an Enter after any letter is a line break as usual.
 */
let held: string[] | null = null;
let stopTimer: ReturnType<typeof setTimeout> | null = null;
/** The field that took the caret with nothing typed yet, while an Enter in it repeats the press. */
let guarded: HTMLElement | null = null;

/** The longest a hold lasts if no field ever takes the letters. */
const holdLimitMs = 3_000;

const withShortcutKey = (event: KeyboardEvent): boolean => event.ctrlKey || event.metaKey || event.altKey;

const onKeyDown = (event: KeyboardEvent): void => {
  if (!held || withShortcutKey(event)) return;
  if (event.key.length === 1) held.push(event.key);
  else if (event.key === 'Backspace') held.pop();
  else if (event.key !== 'Enter') return;
  event.preventDefault();
  event.stopPropagation();
};

/** On the window, capturing: runs before the editor's own key handling sees the Enter. */
const onGuardedKeyDown = (event: KeyboardEvent): void => {
  const inField = guarded !== null && event.target instanceof Node && guarded.contains(event.target);
  if (inField && event.key === 'Enter' && !withShortcutKey(event)) {
    event.preventDefault();
    event.stopPropagation();
    return;
  }
  stopGuarding();
};

export function holdTypedAhead(): void {
  stopHolding();
  stopGuarding();
  held = [];
  window.addEventListener('keydown', onKeyDown, true);
  stopTimer = setTimeout(stopHolding, holdLimitMs);
}

/**
 * What was typed since `holdTypedAhead`, and stops holding; '' when nothing was held. `field`
 * is the element that now has the caret: if the hold was on and nothing had been typed, Enter
 * in it is ignored until another key. A field that takes the caret again while that lasts (its
 * editor started anew) keeps it, and gets '' since the letters were handed over once already.
 */
export function takeTypedAhead(field: HTMLElement): string {
  const text = held?.join('') ?? '';
  const repeatMayFollow = (held !== null && text === '') || guarded !== null;
  stopHolding();
  stopGuarding();
  if (repeatMayFollow) guardEnter(field);
  return text;
}

function guardEnter(field: HTMLElement): void {
  guarded = field;
  window.addEventListener('keydown', onGuardedKeyDown, true);
  field.addEventListener('focusout', stopGuarding);
}

function stopHolding(): void {
  held = null;
  window.removeEventListener('keydown', onKeyDown, true);
  if (stopTimer !== null) clearTimeout(stopTimer);
  stopTimer = null;
}

function stopGuarding(): void {
  guarded?.removeEventListener('focusout', stopGuarding);
  guarded = null;
  window.removeEventListener('keydown', onGuardedKeyDown, true);
}
