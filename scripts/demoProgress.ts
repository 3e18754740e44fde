import { addDays, todayIn } from '../shared/iepDates';
import { progressDocName } from '../shared/docName';
import { ProgressDoc, type Author, type GoalMeasure } from '../shared/schema';
import type { Setting } from '../shared/roles';
import type { Services } from '../server/services';

interface Series {
  readonly setting: Setting;
  readonly by: Author;
  /** One value a week, oldest first, ending this week. */
  readonly weekly: readonly number[];
  /** Which weekday the value is taken on (0 = this week's last day). */
  readonly dayOffset: number;
}

/**
 * Eight weeks of data on the demo plan's two goals, from school, clinic and home, so the
 * progress page shows what the team looks at together: the same goal seen in three places.
 * Written once: goals that already have points are left alone.
 */
export async function seedDemoProgress(services: Services, workspaceId: string, people: Record<'teacher' | 'schoolTherapist' | 'clinicTherapist' | 'parent', Author>, timeZone: string): Promise<void> {
  const plan = await services.documents.readPlan(workspaceId);
  const reading = plan.goals.find((goal) => goal.area === 'reading');
  const fineMotor = plan.goals.find((goal) => goal.area === 'fine_motor');
  if (!reading || !fineMotor) return;
  const today = todayIn(timeZone);
  await services.rooms.change(progressDocName(workspaceId), (doc) => {
    const progress = new ProgressDoc(doc);
    if (progress.list().length > 0) return;
    write(progress, reading.id, { kind: 'count', ratingMax: 5, baseline: 42, target: 65, higherIsBetter: true }, today, [
      { setting: 'school', by: people.teacher, weekly: [42, 44, 43, 47, 48, 47, 51, 53], dayOffset: 2 },
      { setting: 'home', by: people.parent, weekly: [38, 41, 40, 44, 46, 45, 49, 50], dayOffset: 0 },
    ]);
    write(progress, fineMotor.id, { kind: 'percent', ratingMax: 5, baseline: 40, target: 80, higherIsBetter: true }, today, [
      { setting: 'school', by: people.schoolTherapist, weekly: [40, 40, 50, 50, 60, 50, 60, 70], dayOffset: 3 },
      { setting: 'clinic', by: people.clinicTherapist, weekly: [50, 50, 60, 60, 60, 70, 70, 70], dayOffset: 1 },
    ]);
  });
}

function write(progress: ProgressDoc, goalId: string, measure: GoalMeasure, today: string, series: readonly Series[]): void {
  progress.setMeasure(goalId, measure);
  for (const { setting, by, weekly, dayOffset } of series) {
    weekly.forEach((value, index) => {
      const date = addDays(today, -7 * (weekly.length - 1 - index) - dayOffset)!;
      progress.add({ goalId, date, value, setting }, by, `${date}T21:00:00.000Z`);
    });
  }
}
