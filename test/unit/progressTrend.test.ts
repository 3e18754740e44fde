import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ProgressDoc, defaultMeasure, type Author, type DataPointView, type GoalMeasure } from '../../shared/schema';
import { direction, summarizeProgress, trendLine } from '../../shared/progressTrend';
import type { Setting } from '../../shared/roles';

const author: Author = { userId: 'u1', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
let counter = 0;
const point = (date: string, value: number, setting: Setting = 'school'): DataPointView => ({
  id: `p${(counter += 1)}`,
  goalId: 'g1',
  date,
  value,
  setting,
  note: '',
  recordedBy: author,
  recordedAt: `${date}T10:00:00Z`,
});
const percent: GoalMeasure = { ...defaultMeasure, kind: 'percent', baseline: 20, target: 80 };

describe('progress trends', () => {
  it('fits a straight line through the points', () => {
    const line = trendLine([point('2026-09-01', 20), point('2026-09-08', 30), point('2026-09-15', 40)])!;
    expect(line.perWeek).toBeCloseTo(10);
    expect(line.start).toBeCloseTo(20);
    expect(line.end).toBeCloseTo(40);
    expect(line.endDate).toBe('2026-09-15');
  });

  it('needs three points before it calls a direction', () => {
    expect(direction([point('2026-09-01', 20), point('2026-09-08', 60)], percent)).toBe('not_enough_data');
  });

  it('judges direction against the goal’s own span and whether less is better', () => {
    const rising = [point('2026-09-01', 20), point('2026-09-08', 25), point('2026-09-15', 32)];
    expect(direction(rising, percent)).toBe('improving');
    expect(direction([point('2026-09-01', 50), point('2026-09-08', 51), point('2026-09-15', 50)], percent)).toBe('flat');
    const fewerPrompts: GoalMeasure = { ...defaultMeasure, kind: 'count', baseline: 10, target: 2, higherIsBetter: false };
    expect(direction([point('2026-09-01', 10), point('2026-09-08', 8), point('2026-09-15', 6)], fewerPrompts)).toBe('improving');
    expect(direction([point('2026-09-01', 6), point('2026-09-08', 8), point('2026-09-15', 10)], fewerPrompts)).toBe('declining');
  });

  it('flags a goal improving at the clinic but not in the classroom', () => {
    const points = [
      point('2026-09-01', 30, 'clinic'),
      point('2026-09-08', 45, 'clinic'),
      point('2026-09-15', 60, 'clinic'),
      point('2026-09-02', 30, 'school'),
      point('2026-09-09', 29, 'school'),
      point('2026-09-16', 31, 'school'),
    ].sort((a, b) => a.date.localeCompare(b.date));
    const summary = summarizeProgress(points, percent);
    expect(summary.mixed).toBe(true);
    expect(summary.bySetting.map((t) => [t.setting, t.direction])).toEqual([
      ['school', 'flat'],
      ['clinic', 'improving'],
    ]);
    expect(summary.count).toBe(6);
    expect(summary.latest).toEqual({ date: '2026-09-16', value: 31, setting: 'school' });
    expect(summary.targetMet).toBe(false);
  });

  it('summarises only the chosen reporting period', () => {
    const points = [point('2026-08-01', 10), point('2026-09-01', 50), point('2026-10-01', 90)];
    const summary = summarizeProgress(points, percent, { from: '2026-08-15', to: '2026-09-30' });
    expect(summary).toMatchObject({ count: 1, first: '2026-09-01', last: '2026-09-01', mean: 50, min: 50, max: 50 });
    expect(summarizeProgress(points, percent, { from: '2026-09-15' }).targetMet).toBe(true);
  });
});

describe('ProgressDoc', () => {
  it('keeps every point when two people record at the same moment', () => {
    const school = new Y.Doc();
    const home = new Y.Doc();
    new ProgressDoc(school).add({ goalId: 'g1', date: '2026-11-02', value: 40, setting: 'school' }, author);
    new ProgressDoc(home).add({ goalId: 'g1', date: '2026-11-02', value: 70, setting: 'home', note: 'after dinner' }, { ...author, setting: 'home', role: 'parent' });
    Y.applyUpdate(school, Y.encodeStateAsUpdate(home));
    Y.applyUpdate(home, Y.encodeStateAsUpdate(school));
    const fromSchool = new ProgressDoc(school).list('g1');
    expect(fromSchool).toEqual(new ProgressDoc(home).list('g1'));
    expect(fromSchool.map((p) => [p.setting, p.value])).toEqual(expect.arrayContaining([['school', 40], ['home', 70]]));
    expect(fromSchool).toHaveLength(2);
  });

  it('refuses a value that does not fit the goal’s measure', () => {
    const progress = new ProgressDoc(new Y.Doc());
    progress.setMeasure('g1', { ...defaultMeasure, kind: 'rating', ratingMax: 4 });
    expect(() => progress.add({ goalId: 'g1', date: '2026-11-02', value: 5, setting: 'school' }, author)).toThrow(/1 to 4/);
    expect(() => progress.add({ goalId: 'g1', date: 'yesterday', value: 3, setting: 'school' }, author)).toThrow(/day/);
    expect(progress.list()).toHaveLength(0);
  });

  it('skips damaged records instead of failing the chart', () => {
    const doc = new Y.Doc();
    doc.getMap('points').set('bad', { goalId: 'g1', date: 'soon', value: 'high' });
    const progress = new ProgressDoc(doc);
    progress.add({ goalId: 'g1', date: '2026-11-02', value: 1, setting: 'home' }, author);
    expect(progress.list()).toHaveLength(1);
  });
});

describe('progress trends on one day', () => {
  it('calls no direction from several points on the same day', () => {
    const sameDay = [point('2026-11-23', 30), point('2026-11-23', 35), point('2026-11-23', 42)];
    expect(direction(sameDay, percent)).toBe('not_enough_data');
  });
});
