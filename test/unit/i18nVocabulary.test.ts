import { describe, expect, it } from 'vitest';
import { signatureDecisionLabels } from '../../shared/api';
import { dueKindLabels } from '../../shared/caseloadDue';
import { en } from '../../shared/i18n/en';
import { iepComponents } from '../../shared/iepCompleteness';
import { notificationDeliveryLabels, notificationKindLabels } from '../../shared/notifications';
import { progressCodeLabels } from '../../shared/progressCodes';
import { sectionLabels } from '../../shared/schema/discussing';
import * as iep from '../../shared/schema/iepVocabulary';
import { measureKindLabels } from '../../shared/schema/progress';
import { sessionKindLabels } from '../../shared/schema/scheduleVocabulary';
import { supportStatusLabels } from '../../shared/schema/supports';
import { transitionTextLabels } from '../../shared/schema/transition';
import * as plan from '../../shared/schema/vocabulary';
import { deliveryStatusLabels } from '../../shared/serviceLog';

/** The server's English label tables, by the name of their group in the catalog. */
const sharedTables: Record<keyof typeof en.vocabulary, Record<string, string>> = {
  goalArea: plan.goalAreaLabels,
  supportKind: plan.supportKindLabels,
  serviceType: plan.serviceTypeLabels,
  specialFactor: plan.specialFactorLabels,
  meetingKind: plan.meetingKindLabels,
  eligibilityCategory: iep.eligibilityCategoryLabels,
  serviceSetting: iep.serviceSettingLabels,
  placementCategory: iep.placementCategoryLabels,
  assessmentParticipation: iep.assessmentParticipationLabels,
  esyDecision: iep.esyDecisionLabels,
  requiredParticipant: iep.requiredParticipantLabels,
  attendeeRole: iep.attendeeRoleLabels,
  contactMethod: iep.contactMethodLabels,
  priorNoticeElement: iep.priorNoticeElementLabels,
  deliveryStatus: deliveryStatusLabels,
  dueKind: dueKindLabels,
  measureKind: measureKindLabels,
  notificationDelivery: notificationDeliveryLabels,
  notificationKind: notificationKindLabels,
  progressCode: progressCodeLabels,
  section: sectionLabels,
  sessionKind: sessionKindLabels,
  signatureDecision: signatureDecisionLabels,
  supportStatus: supportStatusLabels,
  transitionText: transitionTextLabels,
};

describe('plan vocabulary in the catalog', () => {
  // The interface reads these words from the catalog and the documents from the shared tables:
  // a value added or reworded in one place only would make the screen and the paper disagree.
  it.each(Object.keys(sharedTables) as (keyof typeof en.vocabulary)[])('%s says in English exactly what the shared table says', (group) => {
    expect(en.vocabulary[group]).toEqual(sharedTables[group]);
  });

  it('names every required part of the IEP as the completeness rules do', () => {
    expect(en.iepComponents.labels).toEqual(Object.fromEntries(iepComponents.map((component) => [component.id, component.label])));
  });
});
