import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogLookup, catalogPathNames } from '../../shared/i18n/catalogPathNames';
import type { PathNames } from '../../shared/pathNames';

/** The plan's field names in the reader's language, renewed when they switch languages. */
export function usePathNames(): PathNames {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => catalogPathNames(catalogLookup(i18n.getResourceBundle(language, 'translation'))), [i18n, language]);
}
