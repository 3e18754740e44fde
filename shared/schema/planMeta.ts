import type * as Y from 'yjs';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { planMetaKeys } from './planRoots';
import { clampText, fieldLimits } from './limits';
import { readEnum, readNumber } from './read';
import { isPlanStatus, type PlanStatus } from './vocabulary';
import { replaceText, type Writer } from './writer';

/**
 * The plan's title (a root Y.Text: typed live, no creation race) and its status
 * (draft → proposed → agreed, a plain value). Freezing an agreed version and signatures live
 * on the server; the status here is what the team sees while working.
 */
export interface PlanMetaView {
  /** 0 when the document has not been initialised by any schema version yet. */
  readonly schemaVersion: number;
  readonly title: string;
  readonly status: PlanStatus;
}

export class PlanMeta {
  constructor(
    private readonly writer: Writer,
    private readonly map: Y.Map<unknown>,
    private readonly title: Y.Text,
  ) {}

  get(): PlanMetaView {
    return {
      schemaVersion: readNumber(this.map, planMetaKeys.schemaVersion) ?? 0,
      title: clampText(this.title.toString(), fieldLimits.shortValue),
      status: readEnum(this.map, planMetaKeys.status, isPlanStatus, 'draft'),
    };
  }

  titleText(): Y.Text {
    return this.title;
  }

  setTitle(title: string): void {
    this.writer.run(() => replaceText(this.title, title));
  }

  setStatus(status: PlanStatus): void {
    this.writer.run(() => this.map.set(planMetaKeys.status, status));
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    const stops = [observeDeep(this.map, callback), observeDeep(this.title, callback)];
    return () => {
      for (const stop of stops) stop();
    };
  }
}
