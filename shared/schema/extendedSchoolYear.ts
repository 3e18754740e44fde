import type * as Y from 'yjs';
import { FieldsPart } from './fieldsPart';
import { isEsyDecision, type EsyDecision } from './iepVocabulary';
import type { Writer } from './writer';

/**
 * Extended school year services (34 CFR 300.106): whether the team considered them, what it
 * decided, the services if any, and the reason. The decision is picked (last writer wins);
 * services and reason are typed together.
 */
export interface ExtendedSchoolYearView {
  readonly considered: boolean;
  readonly decision: EsyDecision;
  readonly services: string;
  readonly reason: string;
}

/** Keys of the part's map: picked or ticked, last writer wins. */
export const extendedSchoolYearKeys = { considered: 'considered', decision: 'decision' } as const;
/** Typed together: each a root text `extendedSchoolYear.<field>`. */
export const extendedSchoolYearTextFields = ['services', 'reason'] as const;
type Text = (typeof extendedSchoolYearTextFields)[number];

export class ExtendedSchoolYear {
  private readonly part: FieldsPart<'decision', 'considered', Text>;

  constructor(writer: Writer, doc: Y.Doc, root: string) {
    this.part = new FieldsPart(writer, doc, root, extendedSchoolYearTextFields);
  }

  get(): ExtendedSchoolYearView {
    const decision = this.part.readString('decision');
    return {
      considered: this.part.readBoolean('considered'),
      decision: isEsyDecision(decision) ? decision : 'undecided',
      services: this.part.readText('services'),
      reason: this.part.readText('reason'),
    };
  }

  setConsidered(considered: boolean): void {
    this.part.setBoolean('considered', considered);
  }

  setDecision(decision: EsyDecision): void {
    this.part.setString('decision', decision);
  }

  text(field: Text): Y.Text {
    return this.part.text(field);
  }

  setText(field: Text, value: string): void {
    this.part.setText(field, value);
  }

  observe(callback: Parameters<FieldsPart<'decision', 'considered', Text>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
