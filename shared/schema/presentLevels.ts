import type * as Y from 'yjs';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { compareOrderKeys, defaultOrderKey, isOrderKey, keyBetween } from './orderKey';
import { presentLevelRoot } from './planRoots';
import { readRichText, type RichTextNode } from './richText';
import { goalAreaLabels, goalAreas, type GoalArea } from './vocabulary';
import type { Writer } from './writer';

/**
 * Present levels of academic achievement and functional performance, one rich text per area
 * (34 CFR 300.320(a)(1)). Each area's text is its own root fragment, so it exists on every
 * peer without anyone creating it. Which areas are shown, and in what order, lives in one map
 * with two keys per area (`<area>.shown`, `<area>.order`); an area nobody has touched reads as
 * the default, so a new plan needs no initial writes at all. Hiding an area keeps its text,
 * and showing it again brings the text back.
 */
export const presentLevelAreaKeys = {
  shownSuffix: '.shown',
  orderSuffix: '.order',
} as const;

/** Areas a new plan shows; "other" appears once the team adds it. */
export const defaultPresentLevelAreas: readonly GoalArea[] = goalAreas.filter((area) => area !== 'other');

export interface PresentLevelView {
  readonly area: GoalArea;
  readonly label: string;
  readonly content: RichTextNode;
}

export interface PresentLevelAreaView {
  readonly area: GoalArea;
  readonly label: string;
  readonly shown: boolean;
}

interface AreaState {
  readonly area: GoalArea;
  readonly shown: boolean;
  readonly order: string;
}

export class PresentLevels {
  constructor(
    private readonly writer: Writer,
    private readonly doc: Y.Doc,
    private readonly areasMap: Y.Map<unknown>,
  ) {}

  private states(): AreaState[] {
    return goalAreas
      .map((area, index): AreaState => {
        const shown = this.areasMap.get(area + presentLevelAreaKeys.shownSuffix);
        const order = this.areasMap.get(area + presentLevelAreaKeys.orderSuffix);
        return {
          area,
          shown: typeof shown === 'boolean' ? shown : defaultPresentLevelAreas.includes(area),
          order: isOrderKey(order) ? order : defaultOrderKey(index),
        };
      })
      .sort((a, b) => compareOrderKeys(a.order, b.order) || goalAreas.indexOf(a.area) - goalAreas.indexOf(b.area));
  }

  /** Every area, in order, with whether the plan shows it: for the "add an area" menu. */
  allAreas(): PresentLevelAreaView[] {
    return this.states().map(({ area, shown }) => ({ area, label: goalAreaLabels[area], shown }));
  }

  /** The shown areas, in order, with their text. */
  areas(): PresentLevelView[] {
    return this.states()
      .filter((state) => state.shown)
      .map(({ area }) => ({ area, label: goalAreaLabels[area], content: readRichText(this.fragment(area)) }));
  }

  /** The area's rich text, for binding an editor. Exists on every peer: no creation race. */
  fragment(area: GoalArea): Y.XmlFragment {
    return this.doc.getXmlFragment(presentLevelRoot(area));
  }

  setShown(area: GoalArea, shown: boolean): void {
    this.writer.run(() => this.areasMap.set(area + presentLevelAreaKeys.shownSuffix, shown));
  }

  /** Moves an area among the shown areas. */
  move(area: GoalArea, toIndex: number): boolean {
    return this.writer.run(() => {
      const shown = this.states().filter((state) => state.shown);
      const from = shown.findIndex((state) => state.area === area);
      if (from < 0) return false;
      const others = shown.filter((state) => state.area !== area);
      const index = Math.max(0, Math.min(Math.trunc(toIndex), others.length));
      if (index === from) return true;
      const key = keyBetween(others[index - 1]?.order ?? null, others[index]?.order ?? null);
      this.areasMap.set(area + presentLevelAreaKeys.orderSuffix, key);
      return true;
    });
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    const stops = [observeDeep(this.areasMap, callback), ...goalAreas.map((area) => observeDeep(this.fragment(area), callback))];
    return () => {
      for (const stop of stops) stop();
    };
  }
}
