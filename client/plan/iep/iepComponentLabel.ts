import type { ParseKeys } from 'i18next';
import type { ComponentStatus } from '../../../shared/iepCompleteness';
import { en } from '../../../shared/i18n/en';
import { translateKey } from '../../i18n/translatedRecord';

/** A required part of the IEP in the reader's language; one the catalog does not know yet keeps the shared English. */
export function iepComponentLabel(component: Pick<ComponentStatus, 'id' | 'label'>): string {
  if (!Object.hasOwn(en.iepComponents.labels, component.id)) return component.label;
  return translateKey(`iepComponents.labels.${component.id}` as ParseKeys);
}
