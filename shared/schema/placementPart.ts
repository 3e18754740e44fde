import type * as Y from 'yjs';
import { FieldsPart } from './fieldsPart';
import { isPlacementCategory, type PlacementCategory } from './iepVocabulary';
import type { Writer } from './writer';

/**
 * The placement the team chose and the explanation the law requires of any time away from
 * non-disabled peers (34 CFR 300.320(a)(5)). The minutes themselves are not stored here:
 * they are computed from the services (shared/placement.ts), so they cannot disagree.
 * The school week's length is a plain number, last writer wins.
 */
export const placementKeys = {
  category: 'category',
  schoolWeekMinutes: 'schoolWeekMinutes',
  explanation: 'explanation',
} as const;

export interface PlacementView {
  readonly category: PlacementCategory | null;
  /** Null when the plan uses the default school week. */
  readonly schoolWeekMinutes: number | null;
  readonly explanation: string;
}

export class PlacementPart {
  private readonly part: FieldsPart<'category', never, 'explanation'>;

  constructor(
    private readonly writer: Writer,
    private readonly doc: Y.Doc,
    private readonly root: string,
  ) {
    this.part = new FieldsPart(writer, doc, root, ['explanation']);
  }

  get(): PlacementView {
    const category = this.part.readString('category');
    const minutes = this.doc.getMap<unknown>(this.root).get(placementKeys.schoolWeekMinutes);
    return {
      category: isPlacementCategory(category) ? category : null,
      schoolWeekMinutes: typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 && minutes <= 10_080 ? minutes : null,
      explanation: this.part.readText('explanation'),
    };
  }

  setCategory(category: PlacementCategory | null): void {
    this.part.setString('category', category ?? '');
  }

  setSchoolWeekMinutes(minutes: number | null): void {
    const map = this.doc.getMap<unknown>(this.root);
    this.writer.run(() => {
      if (minutes === null || !Number.isInteger(minutes) || minutes <= 0 || minutes > 10_080) map.delete(placementKeys.schoolWeekMinutes);
      else map.set(placementKeys.schoolWeekMinutes, minutes);
    });
  }

  explanationText(): Y.Text {
    return this.part.text('explanation');
  }

  setExplanation(text: string): void {
    this.part.setText('explanation', text);
  }

  observe(callback: Parameters<FieldsPart<'category', never, 'explanation'>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
