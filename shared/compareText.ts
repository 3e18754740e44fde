/** Code-point order: the same on every machine and instance, unlike a locale's collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
