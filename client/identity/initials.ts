/** "Maria José Alvarez" → "MA"; "Sam" → "S". Works for letters outside ASCII too. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== '');
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const firstLetter = Array.from(first)[0] ?? '';
  const lastLetter = last ? (Array.from(last)[0] ?? '') : '';
  return (firstLetter + lastLetter).toLocaleUpperCase();
}
