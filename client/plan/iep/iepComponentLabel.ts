import type { ParseKeys } from 'i18next';
import type { ComponentStatus } from '../../../shared/iepCompleteness';
import { en } from '../../../shared/i18n/en';
import { translateKey } from '../../i18n/translatedRecord';

/**
 * A required part of the IEP in the reader's language (also accepted as "iep.<id>", the
 * version checklist's id for it); a part the catalog does not know keeps the shared English.
 */
export function iepComponentLabel(component: Pick<ComponentStatus, 'id' | 'label'>): string {
  const id = component.id.startsWith('iep.') ? component.id.slice('iep.'.length) : component.id;
  if (!Object.hasOwn(en.iepComponents.labels, id)) return component.label;
  return translateKey(`iepComponents.labels.${id}` as ParseKeys);
}
