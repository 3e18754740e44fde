import type * as Y from 'yjs';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { clampText, fieldLimits } from './limits';
import type { Writer } from './writer';
import { replaceText } from './writer';

/**
 * One fixed part of the plan (the student record, the IEP's dates, transition...) made of
 * three kinds of field, each stored the way the schema stores that kind everywhere:
 * - short values (dates, enums, a school's name): plain strings in one root map, last writer
 *   wins, because merging two people's characters would make a value nobody wrote;
 * - yes/no answers and set members: one boolean key each, so two ticks never overwrite;
 * - sentences typed together: one root Y.Text per field, so they exist on every peer without
 *   anyone creating them and two people typing into one merge.
 * Readers clamp to the field limits, so an older or hostile document cannot make one huge.
 */
export class FieldsPart<S extends string, B extends string, T extends string> {
  constructor(
    private readonly writer: Writer,
    private readonly doc: Y.Doc,
    private readonly mapRoot: string,
    private readonly textFields: readonly T[],
  ) {}

  protected get map(): Y.Map<unknown> {
    return this.doc.getMap<unknown>(this.mapRoot);
  }

  /** The live text of a typed field: a root type named `<part>.<field>`. */
  text(field: T): Y.Text {
    return this.doc.getText(`${this.mapRoot}.${field}`);
  }

  readString(key: S): string {
    const value = this.map.get(key);
    return typeof value === 'string' ? clampText(value, fieldLimits.shortValue) : '';
  }

  readBoolean(key: B): boolean {
    return this.map.get(key) === true;
  }

  readText(field: T): string {
    return clampText(this.text(field).toString(), fieldLimits.typedText);
  }

  /** The members of a set stored as `<prefix><member>` boolean keys. */
  readSet<M extends string>(prefix: string, all: readonly M[]): M[] {
    return all.filter((member) => this.map.get(prefix + member) === true);
  }

  /** Runs several writes as one transaction: peers never see half a form saved. */
  batch(fn: () => void): void {
    this.writer.run(fn);
  }

  setString(key: S, value: string): void {
    const next = clampText(value, fieldLimits.shortValue);
    this.writer.run(() => {
      if (this.map.get(key) !== next) this.map.set(key, next);
    });
  }

  setBoolean(key: B, value: boolean): void {
    this.writer.run(() => {
      if (this.map.get(key) !== value) this.map.set(key, value);
    });
  }

  setMember(prefix: string, member: string, included: boolean): void {
    this.writer.run(() => {
      if ((this.map.get(prefix + member) === true) !== included) this.map.set(prefix + member, included);
    });
  }

  setText(field: T, value: string): void {
    this.writer.run(() => replaceText(this.text(field), clampText(value, fieldLimits.typedText)));
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    const stops = [observeDeep(this.map, callback), ...this.textFields.map((field) => observeDeep(this.text(field), callback))];
    return () => {
      for (const stop of stops) stop();
    };
  }
}
