/**
 * Person colours. Each one carries white text (initials, caret labels) at a contrast of at
 * least 4.5:1, and they differ in hue enough to tell people apart. Colours must be `#rrggbb`:
 * the caret extension ignores any other form.
 */
export const personPalette = [
  '#1d4ed8', // blue
  '#b42318', // red
  '#067647', // green
  '#7a2e9c', // purple
  '#b54708', // orange
  '#0e7090', // teal
  '#c11574', // magenta
  '#4e5ba6', // slate indigo
  '#8a5a00', // ochre
  '#3b7a1e', // moss
] as const;

/** The same name always gets the same colour, on every device, without storing anything. */
export function colorForName(name: string): string {
  let hash = 2166136261;
  for (const char of name.trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  const index = (hash >>> 0) % personPalette.length;
  return personPalette[index] ?? personPalette[0];
}
