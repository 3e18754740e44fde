import { richTextToPlain, type GoalView } from '../../../shared/schema';
import { joinWords, settingLabels } from '../common/labels';
import { goalAreaLabels } from '../../i18n/vocabulary';
import { i18n } from '../../i18n/i18n';

const maxLength = 70;

function shorten(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '')?.trim() ?? '';
  return line.length > maxLength ? `${line.slice(0, maxLength - 1).trimEnd()}…` : line;
}

/** Where a goal is worked on, in words: "School", "Clinic and home". */
export function goalPlaces(goal: GoalView): string {
  const places = goal.settings.map((setting) => settingLabels[setting]);
  return places.length > 0 ? joinWords(places) : i18n.t('planEdit.noSetting');
}

/** A goal in a few words, from its description, else its target, else its area. */
export function goalGist(goal: GoalView): string {
  return shorten(richTextToPlain(goal.description)) || shorten(goal.target) || goalAreaLabels[goal.area];
}

/** "School: pencil grip for classroom writing": how a goal is named beside a linked one. */
export function goalSummary(goal: GoalView): string {
  return `${goalPlaces(goal)}: ${goalGist(goal)}`;
}

export function goalElementId(goalId: string): string {
  return `plan-goal-${goalId}`;
}
