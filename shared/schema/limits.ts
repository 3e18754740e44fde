/**
 * How long a person's words may be, field by field. A real IEP is 100–300 KB in all; these
 * limits sit far above anything a team writes, and exist so that a hostile or broken client
 * cannot make one field (and every export, diff and screen that reads it) enormous.
 * The server refuses updates that pass them; readers clamp what an older document holds;
 * inputs in the client stop at them.
 */
export const fieldLimits = {
  /** Titles, names, dates, frequencies, enums: one line a person reads at a glance. */
  shortValue: 500,
  /** Sentences typed together (baseline, target, measurement, a support's description). */
  typedText: 5_000,
  /** One rich-text field (present levels, parent input, meeting notes), in characters. */
  richText: 100_000,
} as const;

/** Cuts a string read from a document to at most `max` characters, never splitting a surrogate pair. */
export function clampText(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
