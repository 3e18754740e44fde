import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { placementFigures } from '../../shared/placement';
import { planDoc, type Author } from '../../shared/schema';

const teacher: Author = { userId: 'u-t', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };

describe('placement from the services', () => {
  it('with no services, the whole week is in general education', () => {
    expect(placementFigures([], 1800)).toMatchObject({
      minutesOutsideGeneralEducation: 0,
      minutesInGeneralEducation: 1800,
      percentInGeneralEducation: 100,
      suggestedCategory: 'regular_80_plus',
      servicesMissingMinutes: 0,
    });
  });

  it('counts only minutes outside the general education class', () => {
    const figures = placementFigures(
      [
        { minutesPerWeek: 120, setting: 'outside_general_education' },
        { minutesPerWeek: 240, setting: 'outside_general_education' },
        { minutesPerWeek: 300, setting: 'general_education' },
      ],
      1800,
    );
    expect(figures.minutesOutsideGeneralEducation).toBe(360);
    expect(figures.percentInGeneralEducation).toBe(80);
    // Exactly 80% is "80% or more".
    expect(figures.suggestedCategory).toBe('regular_80_plus');
  });

  it('rounds down, so 79.9% is never shown as 80%', () => {
    const figures = placementFigures([{ minutesPerWeek: 362, setting: 'outside_general_education' }], 1800);
    expect(figures.percentInGeneralEducation).toBe(79.8);
    expect(figures.suggestedCategory).toBe('regular_40_to_79');
  });

  it('with every minute outside, and more than the week, reads as none of the week in general education', () => {
    expect(placementFigures([{ minutesPerWeek: 1800, setting: 'outside_general_education' }], 1800)).toMatchObject({
      percentInGeneralEducation: 0,
      suggestedCategory: 'regular_below_40',
    });
    expect(placementFigures([{ minutesPerWeek: 5000, setting: 'outside_general_education' }], 1800)).toMatchObject({
      minutesOutsideGeneralEducation: 1800,
      minutesInGeneralEducation: 0,
      percentInGeneralEducation: 0,
    });
  });

  it('names services without minutes or setting instead of guessing', () => {
    const figures = placementFigures([{ minutesPerWeek: null, setting: 'outside_general_education' }, { minutesPerWeek: 60, setting: null }], 1800);
    expect(figures).toMatchObject({ minutesOutsideGeneralEducation: 0, servicesMissingMinutes: 2 });
  });

  it('falls back to the default week for a broken length', () => {
    expect(placementFigures([], 0).schoolWeekMinutes).toBe(1950);
    expect(placementFigures([], Number.NaN).schoolWeekMinutes).toBe(1950);
  });

  it('is computed from what the plan stores, ignoring invalid minutes', () => {
    const plan = planDoc(new Y.Doc());
    plan.services.add({ type: 'speech', minutesPerWeek: 60, setting: 'outside_general_education' }, teacher);
    const id = plan.services.add({ type: 'ot', minutesPerWeek: 30, setting: 'general_education' }, teacher);
    plan.placement.setSchoolWeekMinutes(1500);
    plan.services.update(id, { minutesPerWeek: -5 });
    const snapshot = plan.snapshot();
    expect(snapshot.services.map((service) => service.minutesPerWeek)).toEqual([60, null]);
    expect(placementFigures(snapshot.services, snapshot.placement.schoolWeekMinutes ?? undefined)).toMatchObject({
      minutesOutsideGeneralEducation: 60,
      percentInGeneralEducation: 96,
    });
  });
});
