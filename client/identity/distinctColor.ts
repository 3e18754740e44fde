import { personPalette } from './personColor';

/** Someone else present in the document, as their presence state shows them. */
export interface ColorHolder {
  readonly color: string;
  /** When they opened the document (their clock, ms); who came first keeps a shared colour. */
  readonly joinedAt: number;
  /** Their awareness client id: settles a tie in `joinedAt`, the same way on every device. */
  readonly clientId: number;
}

const cameFirst = (a: Omit<ColorHolder, 'color'>, b: Omit<ColorHolder, 'color'>): boolean =>
  a.joinedAt < b.joinedAt || (a.joinedAt === b.joinedAt && a.clientId < b.clientId);

/**
 * The colour to show for me among the people present, so that no two of them share one. The
 * colour my name gives me (`preferred`) when nobody else has it. Otherwise I keep the one I
 * have, unless someone who came before me has it too: then I take the first colour of the
 * palette that nobody present has (or keep mine when all ten are taken). Everyone decides by
 * the same order, so of two people with one colour exactly the later one moves.
 */
export function distinctColor(
  current: string,
  preferred: string,
  me: Omit<ColorHolder, 'color'>,
  others: readonly ColorHolder[],
): string {
  const taken = new Set(others.map((other) => other.color.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  const mustMove = others.some((other) => other.color.toLowerCase() === current.toLowerCase() && cameFirst(other, me));
  if (!mustMove) return current;
  return personPalette.find((color) => !taken.has(color)) ?? current;
}
