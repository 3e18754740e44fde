import { planMetaKeys, planRoots } from '../../shared/schema/planRoots';
import { goalKeys, goalSettings } from '../../shared/schema/goals';
import { objectiveKeys } from '../../shared/schema/objectives';
import { supportKeys } from '../../shared/schema/supports';
import { serviceKeys } from '../../shared/schema/services';
import { decisionKeys } from '../../shared/schema/decisions';
import { assessmentKeys } from '../../shared/schema/assessments';
import { contactAttemptKeys, parentParticipationKeys } from '../../shared/schema/parentParticipation';
import { linkKeys } from '../../shared/schema/links';
import { studentRecordKeys } from '../../shared/schema/studentRecord';
import { planDatesKeys } from '../../shared/schema/planDates';
import { placementKeys } from '../../shared/schema/placementPart';
import { extendedSchoolYearKeys, extendedSchoolYearTextFields } from '../../shared/schema/extendedSchoolYear';
import { transitionKeys, transitionTextFields } from '../../shared/schema/transition';
import { priorWrittenNoticeKeys } from '../../shared/schema/priorWrittenNotice';
import { specialFactorKeys } from '../../shared/schema/specialFactors';
import { presentLevelAreaKeys } from '../../shared/schema/presentLevels';
import { eligibilityCategories, priorNoticeElements } from '../../shared/schema/iepVocabulary';
import { goalAreas, specialFactors, supportSettings } from '../../shared/schema/vocabulary';
import { roles } from '../../shared/roles';

/**
 * Every field path the plan schema writes, built from the schema's own key tables, so a key
 * added to a table is named by the tests that walk these paths (or they fail until it is).
 */

/** A prefix key ('setting.') for every member ('setting.school'), a plain key as itself. */
function withMembers(keys: readonly string[], members: Readonly<Record<string, readonly string[]>>): string[] {
  return keys.flatMap((key) => (members[key] ? members[key].map((member) => key + member) : [key]));
}

const suffixed = (members: readonly string[], suffixes: readonly string[]) => members.flatMap((member) => suffixes.map((suffix) => member + suffix));

/** Keys of each map root, or of each item of a list root, as the schema writes them. */
const keysByRoot: Readonly<Record<string, readonly string[]>> = {
  [planRoots.meta]: Object.values(planMetaKeys),
  [planRoots.goals]: withMembers(
    Object.values(goalKeys).filter((key) => key !== goalKeys.objectives),
    { [goalKeys.settingPrefix]: goalSettings, [goalKeys.rolePrefix]: roles },
  ),
  [planRoots.supports]: withMembers(Object.values(supportKeys), {
    [supportKeys.usedPrefix]: supportSettings,
    [supportKeys.statusPrefix]: supportSettings,
    [supportKeys.notePrefix]: supportSettings,
  }),
  [planRoots.services]: Object.values(serviceKeys),
  [planRoots.decisions]: Object.values(decisionKeys),
  [planRoots.assessments]: Object.values(assessmentKeys),
  [planRoots.parentContactAttempts]: Object.values(contactAttemptKeys),
  [planRoots.links]: Object.values(linkKeys),
  [planRoots.student]: withMembers(Object.values(studentRecordKeys), { [studentRecordKeys.categoryPrefix]: eligibilityCategories }),
  [planRoots.dates]: Object.values(planDatesKeys),
  [planRoots.placement]: Object.values(placementKeys),
  [planRoots.extendedSchoolYear]: Object.values(extendedSchoolYearKeys),
  [planRoots.transition]: Object.values(transitionKeys),
  [planRoots.parentParticipation]: Object.values(parentParticipationKeys),
  [planRoots.priorWrittenNotice]: Object.values(priorWrittenNoticeKeys),
  [planRoots.specialFactors]: suffixed(specialFactors, [specialFactorKeys.consideredSuffix]),
  [planRoots.presentLevelAreas]: suffixed(goalAreas, [presentLevelAreaKeys.shownSuffix, presentLevelAreaKeys.orderSuffix]),
  // One field each: the root is the field.
  [planRoots.title]: [],
  [planRoots.parentInput]: [],
  [planRoots.participation]: [],
  [planRoots.assessmentAccommodations]: [],
  [planRoots.curriculumEffect]: [],
};

/** A fixed part's typed texts: each its own root, `<part>.<field>` (fieldsPart.ts). */
const textFieldsByRoot: Readonly<Record<string, readonly string[]>> = {
  [planRoots.placement]: [placementKeys.explanation],
  [planRoots.extendedSchoolYear]: extendedSchoolYearTextFields,
  [planRoots.transition]: transitionTextFields,
  [planRoots.priorWrittenNotice]: priorNoticeElements,
};

/** Roots whose keys are items by id; their keys above are each item's. */
const listRoots = new Set<string>([planRoots.goals, planRoots.supports, planRoots.services, planRoots.decisions, planRoots.assessments, planRoots.parentContactAttempts, planRoots.links]);
/** Roots made one per member of a vocabulary: `presentLevel.reading`, `specialFactorNote.braille`. */
const memberRoots: Readonly<Record<string, readonly string[]>> = {
  [planRoots.presentLevelPrefix]: goalAreas,
  [planRoots.specialFactorNotePrefix]: specialFactors,
};

/** Roots of planRoots this file does not know: each needs its keys listed above. */
export function rootsWithoutKeys(): string[] {
  return Object.values(planRoots).filter((root) => !Object.hasOwn(keysByRoot, root) && !Object.hasOwn(memberRoots, root));
}

/** Every path a change to the plan can be recorded at: fields, items and the fixed parts' own roots. */
export function planFieldPaths(): string[][] {
  const paths: string[][] = [];
  for (const [root, keys] of Object.entries(keysByRoot)) {
    if (listRoots.has(root)) {
      paths.push([root, 'item1']);
      for (const key of keys) paths.push([root, 'item1', key]);
    } else {
      paths.push([root]);
      for (const key of keys) paths.push([root, key]);
    }
  }
  for (const [root, fields] of Object.entries(textFieldsByRoot)) for (const field of fields) paths.push([`${root}.${field}`]);
  const objective = [planRoots.goals, 'item1', objectiveKeys.container, 'objective1'];
  paths.push(objective, ...Object.values(objectiveKeys).filter((key) => key !== objectiveKeys.container).map((key) => [...objective, key]));
  for (const [prefix, members] of Object.entries(memberRoots)) for (const member of members) paths.push([prefix + member]);
  return paths;
}
