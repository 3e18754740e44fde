import * as Y from 'yjs';
import type { Setting } from '../roles';
import { authorValue, isSettingValue, readAuthor, type Author } from './author';
import { newId } from './ids';
import { clampText, fieldLimits } from './limits';
import { clampedString, isRecord } from './read';
import { observeDeep, type ChangeInfo, type Unsubscribe } from './collection';
import { englishEntryProblem, entryValueProblem, EntryProblemError } from './progressProblems';

/**
 * The progress document (`<workspaceId>/progress`): data points per goal from school, clinic
 * and home, and each goal's measure. Points are immutable records keyed by their own id in one
 * Y.Map, so two people recording at the same moment never touch the same key and nothing is
 * lost; a measure is one last-writer-wins value per goal.
 */
export const measureKinds = ['percent', 'count', 'rating', 'minutes', 'yes_no'] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const measureKindLabels: Record<MeasureKind, string> = {
  percent: 'Percent of trials',
  count: 'Count',
  rating: 'Rating scale',
  minutes: 'Minutes',
  yes_no: 'Yes or no',
};

export function isMeasureKind(value: unknown): value is MeasureKind {
  return typeof value === 'string' && (measureKinds as readonly string[]).includes(value);
}

export interface GoalMeasure {
  readonly kind: MeasureKind;
  /** Top of a rating scale (e.g. 4 or 5); ignored for other kinds. */
  readonly ratingMax: number;
  readonly baseline: number | null;
  readonly target: number | null;
  /** False for measures where less is better (prompts needed, minutes to calm down). */
  readonly higherIsBetter: boolean;
}

export const defaultMeasure: GoalMeasure = { kind: 'percent', ratingMax: 5, baseline: null, target: null, higherIsBetter: true };

export interface DataPointView {
  readonly id: string;
  readonly goalId: string;
  /** The day observed, YYYY-MM-DD. */
  readonly date: string;
  /** In the goal's own measure; yes/no is 1 or 0. */
  readonly value: number;
  readonly setting: Setting;
  readonly note: string;
  readonly recordedBy: Author;
  readonly recordedAt: string;
}

export interface DataPointInput {
  readonly goalId: string;
  readonly date: string;
  readonly value: number;
  readonly setting: Setting;
  readonly note?: string;
}

const roots = { points: 'points', measures: 'measures' } as const;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readMeasure(value: unknown): GoalMeasure {
  if (!isRecord(value)) return defaultMeasure;
  return {
    kind: isMeasureKind(value.kind) ? value.kind : defaultMeasure.kind,
    ratingMax: finite(value.ratingMax) && value.ratingMax >= 2 ? value.ratingMax : defaultMeasure.ratingMax,
    baseline: finite(value.baseline) ? value.baseline : null,
    target: finite(value.target) ? value.target : null,
    higherIsBetter: value.higherIsBetter !== false,
  };
}

function readPoint(id: string, value: unknown): DataPointView | null {
  if (!isRecord(value)) return null;
  const recordedBy = readAuthor(value.recordedBy);
  if (!recordedBy || typeof value.goalId !== 'string' || typeof value.date !== 'string' || !datePattern.test(value.date)) return null;
  if (!finite(value.value) || !isSettingValue(value.setting)) return null;
  return {
    id,
    goalId: clampText(value.goalId, fieldLimits.shortValue),
    date: value.date,
    value: value.value,
    setting: value.setting,
    note: clampedString(value.note, fieldLimits.typedText),
    recordedBy,
    recordedAt: clampedString(value.recordedAt),
  };
}

/** Why a value does not fit the goal's measure, in English, or null when it does. */
export function valueProblem(measure: GoalMeasure, value: number): string | null {
  const problem = entryValueProblem(measure, value);
  return problem && englishEntryProblem(problem);
}

export class ProgressDoc {
  private readonly points: Y.Map<unknown>;
  private readonly measures: Y.Map<unknown>;

  constructor(
    readonly doc: Y.Doc,
    private readonly origin: unknown = { progressWriter: true },
  ) {
    this.points = doc.getMap(roots.points);
    this.measures = doc.getMap(roots.measures);
  }

  measure(goalId: string): GoalMeasure {
    return readMeasure(this.measures.get(goalId));
  }

  setMeasure(goalId: string, measure: GoalMeasure): void {
    this.doc.transact(() => this.measures.set(goalId, { ...measure }), this.origin);
  }

  /** Points oldest first (by day, then by when they were recorded); damaged records are skipped. */
  list(goalId?: string): DataPointView[] {
    const points: DataPointView[] = [];
    for (const [id, value] of this.points.entries()) {
      const point = readPoint(id, value);
      if (point && (goalId === undefined || point.goalId === goalId)) points.push(point);
    }
    return points.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
  }

  /** Records a point; throws with a plain message if it does not fit the goal's measure. */
  add(input: DataPointInput, author: Author, recordedAt = new Date().toISOString()): string {
    if (!datePattern.test(input.date)) throw new EntryProblemError({ key: 'chooseDay' });
    const problem = entryValueProblem(this.measure(input.goalId), input.value);
    if (problem) throw new EntryProblemError(problem);
    const id = newId();
    this.doc.transact(() => {
      this.points.set(id, {
        goalId: input.goalId,
        date: input.date,
        value: input.value,
        setting: input.setting,
        note: input.note ?? '',
        recordedBy: authorValue(author),
        recordedAt,
      });
    }, this.origin);
    return id;
  }

  remove(id: string): boolean {
    if (!this.points.has(id)) return false;
    this.doc.transact(() => this.points.delete(id), this.origin);
    return true;
  }

  observe(callback: (change: ChangeInfo) => void): Unsubscribe {
    const offPoints = observeDeep(this.points, callback);
    const offMeasures = observeDeep(this.measures, callback);
    return () => {
      offPoints();
      offMeasures();
    };
  }
}
