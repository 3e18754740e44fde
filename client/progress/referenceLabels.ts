import type { PlotArea } from './ChartAxes';

export interface LabelPlacement {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

export interface ReferenceLabelInput {
  readonly text: string;
  /** Where the line is drawn, in chart pixels. */
  readonly lineY: number;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

// 16px bold text: a generous average glyph width, so the estimate errs on the side of room.
const glyphWidth = 9.2;
const markRadius = 10;

function boxOf(placement: LabelPlacement, text: string): Box {
  const width = text.length * glyphWidth;
  const left = placement.anchor === 'end' ? placement.x - width : placement.x;
  return { left, right: left + width, top: placement.y - 14, bottom: placement.y + 4 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Where "Baseline 30%" and "Target 80%" go: at either end of their line, above or below it,
 * whichever covers the fewest points and trend lines (and never the other label), so the
 * latest points, usually at the right, stay visible.
 */
export function placeReferenceLabels(
  labels: readonly ReferenceLabelInput[],
  area: PlotArea,
  marks: readonly { x: number; y: number }[],
): LabelPlacement[] {
  const placed: Box[] = [];
  return labels.map(({ text, lineY }) => {
    const candidates: LabelPlacement[] = [
      { x: area.right - 4, y: lineY - 7, anchor: 'end' },
      { x: area.left + 4, y: lineY - 7, anchor: 'start' },
      { x: area.right - 4, y: lineY + 19, anchor: 'end' },
      { x: area.left + 4, y: lineY + 19, anchor: 'start' },
    ];
    let best = candidates[0]!;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const candidate of candidates) {
      const box = boxOf(candidate, text);
      let cost = 0;
      if (box.bottom > area.bottom || box.top < area.top - 20) cost += 50;
      for (const other of placed) if (overlaps(box, other)) cost += 100;
      for (const mark of marks) {
        const markBox = { left: mark.x - markRadius, right: mark.x + markRadius, top: mark.y - markRadius, bottom: mark.y + markRadius };
        if (overlaps(box, markBox)) cost += 1;
      }
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    placed.push(boxOf(best, text));
    return best;
  });
}
