import * as Y from 'yjs';
import type { VersionView } from '../../shared/api';
import { planDoc, type Author } from '../../shared/schema';
import { goalAreas } from '../../shared/schema/vocabulary';
import type { PlanExportInput } from '../../server/export/ExportInput';
import { writeCompletePlan } from '../helpers/iepFixture';

/**
 * A large agreed plan as a team writes one: every IEP component, 30 goals of a few sentences
 * each with three objectives, a team of six, names in several scripts. The export benchmark
 * renders it.
 */

const teacher: Author = { userId: 'u-teacher', name: 'Maria Lopez', role: 'teacher', setting: 'school' };
const parent: Author = { userId: 'u-parent', name: 'Nguyễn Thị Hoa', role: 'parent', setting: 'home' };

const baselineText = 'In October, during structured classroom activities, the student completed the task independently in 2 of 10 opportunities, needing verbal and visual prompts for the rest. ';
const targetText = 'By the annual review, given a visual schedule and one verbal prompt, the student will complete the task independently in 8 of 10 opportunities across three consecutive weeks. ';

const version: VersionView = {
  id: 'v-3',
  number: 3,
  title: 'Annual IEP',
  hash: 'd'.repeat(64),
  documentCode: 'dddd-dddd',
  reason: '',
  timeZone: 'America/Chicago',
  proposedBy: { userId: teacher.userId, name: teacher.name },
  proposedAt: '2026-09-10T15:00:00.000Z',
  status: 'agreed',
  requiredSigners: [parent.userId, teacher.userId],
  signatures: [],
};

/** Letters for a number: "b", "c", ... "ba"; empty for 0. */
function letters(value: number): string {
  let out = '';
  for (let rest = value; rest > 0; rest = Math.floor(rest / 26)) out = String.fromCharCode(97 + (rest % 26)) + out;
  return out;
}

/**
 * The 30-goal plan. With `fresh` > 0 every word of the team's text carries a suffix no other
 * call used ("studentb", "completedb"...), so nothing of it was shaped before: the worst case
 * for a worker that keeps shaped words between exports.
 */
export function thirtyGoalPlan(fresh = 0): PlanExportInput {
  const suffix = letters(fresh);
  const words = (text: string) => (suffix ? text.replace(/\p{L}+/gu, (word) => `${word}${suffix}`) : text);
  const baseline = words(baselineText);
  const target = words(targetText);
  const plan = planDoc(new Y.Doc());
  plan.init();
  writeCompletePlan(plan, teacher);
  for (let index = 0; index < 30; index += 1) {
    const area = goalAreas[index % goalAreas.length]!;
    const goal = plan.goals.add(
      { area, baseline: baseline.repeat(2).trim(), target: target.trim(), measurement: words('Weekly data sheets and work samples, reviewed by the case manager'), progressSchedule: words('Quarterly, with report cards') },
      index % 3 === 0 ? parent : teacher,
    );
    for (let step = 1; step <= 3; step += 1) plan.goals.objectives.add(goal, { text: words(`Step ${step}: completes the task with ${4 - step} prompts in ${step * 2 + 2} of 10 trials.`) }, teacher);
  }
  plan.parentInput.setPlain(words('We want him to read with his sister at home. Gia đình đồng ý với kế hoạch. '.repeat(3)));
  return {
    plan: plan.snapshot(),
    student: { name: 'Leo Park', gradeOrBirthDate: 'Grade 4', school: 'Lincoln Elementary' },
    team: [teacher, parent, { ...teacher, userId: 'u-ot', name: 'Priya Nair' }, { ...teacher, userId: 'u-slp', name: 'David Cohen' }, { ...parent, userId: 'u-dad', name: '李明' }, { ...teacher, userId: 'u-admin', name: 'Sam Okafor' }].map((author) => ({
      userId: author.userId,
      displayName: author.name,
      role: author.role,
      setting: author.setting,
    })),
    meetings: [],
    timeZone: 'America/Chicago',
    version,
  };
}
