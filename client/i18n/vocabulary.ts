import type { ParseKeys } from 'i18next';
import { en } from '../../shared/i18n/en';
import { translatedRecord } from './translatedRecord';

/**
 * The plan's and meetings' fixed vocabularies in the reader's language. Same names and keys as
 * the shared label tables (which stay English for the server), read from the catalog when shown.
 */

type Vocabulary = typeof en.vocabulary;

function vocabularyTable<G extends keyof Vocabulary>(group: G): Readonly<Record<keyof Vocabulary[G] & string, string>> {
  const keys = Object.fromEntries(Object.keys(en.vocabulary[group]).map((value) => [value, `vocabulary.${group}.${value}`]));
  return translatedRecord(keys as Record<keyof Vocabulary[G] & string, ParseKeys>);
}

export const goalAreaLabels = vocabularyTable('goalArea');
export const supportKindLabels = vocabularyTable('supportKind');
export const serviceTypeLabels = vocabularyTable('serviceType');
export const specialFactorLabels = vocabularyTable('specialFactor');
export const meetingKindLabels = vocabularyTable('meetingKind');
export const eligibilityCategoryLabels = vocabularyTable('eligibilityCategory');
export const serviceSettingLabels = vocabularyTable('serviceSetting');
export const placementCategoryLabels = vocabularyTable('placementCategory');
export const assessmentParticipationLabels = vocabularyTable('assessmentParticipation');
export const esyDecisionLabels = vocabularyTable('esyDecision');
export const requiredParticipantLabels = vocabularyTable('requiredParticipant');
export const attendeeRoleLabels = vocabularyTable('attendeeRole');
export const contactMethodLabels = vocabularyTable('contactMethod');
export const priorNoticeElementLabels = vocabularyTable('priorNoticeElement');
export const deliveryStatusLabels = vocabularyTable('deliveryStatus');
export const dueKindLabels = vocabularyTable('dueKind');
export const measureKindLabels = vocabularyTable('measureKind');
export const notificationDeliveryLabels = vocabularyTable('notificationDelivery');
export const notificationKindLabels = vocabularyTable('notificationKind');
export const progressCodeLabels = vocabularyTable('progressCode');
export const sectionLabels = vocabularyTable('section');
export const sessionKindLabels = vocabularyTable('sessionKind');
export const signatureDecisionLabels = vocabularyTable('signatureDecision');
export const supportStatusLabels = vocabularyTable('supportStatus');
export const transitionTextLabels = vocabularyTable('transitionText');
