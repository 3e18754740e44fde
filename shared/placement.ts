import type { PlacementCategory, ServiceSetting } from './schema/iepVocabulary';

/**
 * Participation with non-disabled peers (34 CFR 300.320(a)(5)), computed from the services:
 * every minute of a service delivered outside the general education class is a minute away
 * from classmates. The school week is the deployment's or the plan's; a week with more
 * minutes outside than it has is read as all of the week outside, never a negative share.
 */

/** Five days of six hours and a half: a common US school week, used when the plan sets none. */
export const defaultSchoolWeekMinutes = 1_950;

export interface PlacementService {
  readonly minutesPerWeek: number | null;
  readonly setting: ServiceSetting | null;
}

export interface PlacementFigures {
  readonly schoolWeekMinutes: number;
  readonly minutesOutsideGeneralEducation: number;
  readonly minutesInGeneralEducation: number;
  /** Share of the school week in general education, 0–100, rounded down to one decimal. */
  readonly percentInGeneralEducation: number;
  /** The category the percentage points to; the team may choose a setting beyond a regular school. */
  readonly suggestedCategory: PlacementCategory;
  /** Services that count toward a week but lack their minutes or their setting. */
  readonly servicesMissingMinutes: number;
}

export function placementFigures(services: readonly PlacementService[], schoolWeekMinutes: number = defaultSchoolWeekMinutes): PlacementFigures {
  const week = Number.isFinite(schoolWeekMinutes) && schoolWeekMinutes > 0 ? schoolWeekMinutes : defaultSchoolWeekMinutes;
  let outside = 0;
  let missing = 0;
  for (const service of services) {
    if (service.minutesPerWeek === null || service.setting === null) {
      missing += 1;
      continue;
    }
    if (service.setting === 'outside_general_education') outside += service.minutesPerWeek;
  }
  const minutesOutside = Math.min(outside, week);
  const minutesIn = week - minutesOutside;
  // Integer arithmetic first, so 80% is exactly 80 and not 79.99999.
  const percent = Math.floor((minutesIn * 1000) / week) / 10;
  return {
    schoolWeekMinutes: week,
    minutesOutsideGeneralEducation: minutesOutside,
    minutesInGeneralEducation: minutesIn,
    percentInGeneralEducation: percent,
    suggestedCategory: minutesIn * 100 >= week * 80 ? 'regular_80_plus' : minutesIn * 100 >= week * 40 ? 'regular_40_to_79' : 'regular_below_40',
    servicesMissingMinutes: missing,
  };
}
