/**
 * Keys typed between pressing a button that creates a field and that field taking the caret.
 * The new editor mounts a moment after the click (a render, then the editor's own start), and
 * someone who types at once would otherwise lose those letters, or press the button again with
 * Enter or Space. While held, printable keys are kept in order (Backspace takes one back) and
 * every other key that could press a button is swallowed; the field that takes the caret gets
 * the letters with `takeTypedAhead`.
 */
let held: string[] | null = null;
let stopTimer: ReturnType<typeof setTimeout> | null = null;

/** The longest a hold lasts if no field ever takes the letters. */
const holdLimitMs = 3_000;

const onKeyDown = (event: KeyboardEvent): void => {
  if (!held || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key.length === 1) held.push(event.key);
  else if (event.key === 'Backspace') held.pop();
  else if (event.key !== 'Enter') return;
  event.preventDefault();
  event.stopPropagation();
};

export function holdTypedAhead(): void {
  stopHolding();
  held = [];
  window.addEventListener('keydown', onKeyDown, true);
  stopTimer = setTimeout(stopHolding, holdLimitMs);
}

/** What was typed since `holdTypedAhead`, and stops holding; '' when nothing was held. */
export function takeTypedAhead(): string {
  const text = held?.join('') ?? '';
  stopHolding();
  return text;
}

function stopHolding(): void {
  held = null;
  window.removeEventListener('keydown', onKeyDown, true);
  if (stopTimer !== null) clearTimeout(stopTimer);
  stopTimer = null;
}
