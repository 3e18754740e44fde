import type * as Y from 'yjs';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { clampText, fieldLimits } from './limits';
import { specialFactorNoteRoot } from './planRoots';
import { specialFactorLabels, specialFactors, type SpecialFactor } from './vocabulary';
import { replaceText, type Writer } from './writer';

/**
 * Special factors the team considered (34 CFR 300.324(a)(2)). "Considered" is one boolean key
 * per factor in a root map; each note is its own root Y.Text, so it exists on every peer
 * without a creation race and two people typing into it merge.
 */
export const specialFactorKeys = {
  consideredSuffix: '.considered',
} as const;

export interface SpecialFactorView {
  readonly factor: SpecialFactor;
  readonly label: string;
  readonly considered: boolean;
  readonly note: string;
}

export class SpecialFactors {
  constructor(
    private readonly writer: Writer,
    private readonly doc: Y.Doc,
    private readonly map: Y.Map<unknown>,
  ) {}

  list(): SpecialFactorView[] {
    return specialFactors.map((factor) => ({
      factor,
      label: specialFactorLabels[factor],
      considered: this.map.get(factor + specialFactorKeys.consideredSuffix) === true,
      note: clampText(this.noteText(factor).toString(), fieldLimits.typedText),
    }));
  }

  setConsidered(factor: SpecialFactor, considered: boolean): void {
    this.writer.run(() => this.map.set(factor + specialFactorKeys.consideredSuffix, considered));
  }

  setNote(factor: SpecialFactor, note: string): void {
    this.writer.run(() => replaceText(this.noteText(factor), note));
  }

  noteText(factor: SpecialFactor): Y.Text {
    return this.doc.getText(specialFactorNoteRoot(factor));
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    const stops = [observeDeep(this.map, callback), ...specialFactors.map((factor) => observeDeep(this.noteText(factor), callback))];
    return () => {
      for (const stop of stops) stop();
    };
  }
}
