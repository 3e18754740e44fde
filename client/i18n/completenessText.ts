import type { CompletenessMessage } from '../../shared/completeness';

/** A catalog lookup with values; `t` from useTranslation, or an i18next instance's `t`. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One line of the version checklist in the reader's language. The shared check sends ids (a
 * goal area, a service type, the missing fields); they are named here from the catalog, and a
 * list of missing fields is joined the way the reader's language joins a list.
 */
export function completenessText(message: CompletenessMessage, t: Translate, language: string): string {
  const { number, area, type, missing } = message.params ?? {};
  const values: Record<string, unknown> = {};
  if (number !== undefined) values.number = number;
  if (area !== undefined) values.area = t(`vocabulary.goalArea.${area}`);
  if (type !== undefined) values.type = t(`vocabulary.serviceType.${type}`);
  if (missing !== undefined) {
    // "unit" keeps English as it always read ("baseline, target") and gives Spanish its "y".
    const list = new Intl.ListFormat(language, { type: 'unit', style: 'long' });
    values.missing = list.format(missing.map((field) => t(`completenessText.fields.${field}`)));
  }
  return t(message.key, values);
}
