import type { Language } from '../../shared/i18n/languages';
import { languageInfo } from '../../shared/i18n/languages';

/**
 * The fixed text a family's copy adds around translations of record, in the export's language.
 * Kept apart from exportWords.ts: only copies with translations use it.
 */
export interface TranslationWords {
  /** "Spanish" / "español": a language named in the export's language. */
  readonly languageName: (code: string) => string;
  readonly beside: (language: string) => string;
  readonly translatedBy: (language: string, name: string) => string;
  readonly outdated: (language: string) => string;
  readonly untranslated: (language: string) => string;
  readonly summaryTitle: string;
  readonly summaryIntro: (language: string, mode: 'beside' | 'instead') => string;
  readonly summaryNone: (language: string) => string;
  readonly columns: readonly [string, string, string, string];
  readonly current: string;
  readonly stale: string;
  readonly byline: (name: string, role: string, date: string) => string;
  readonly fields: {
    readonly goalText: string;
    readonly curriculumEffect: string;
    readonly supportDescription: string;
    readonly participation: string;
    readonly assessmentAccommodations: string;
  };
}

function languageName(language: Language, code: string): string {
  const name = new Intl.DisplayNames([languageInfo[language].locale], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(languageInfo[language].locale) + name.slice(1);
}

const english: TranslationWords = {
  languageName: (code) => languageName('en', code),
  beside: (language) => `${language}: `,
  translatedBy: (language, name) => `Translated into ${language} by ${name}.`,
  outdated: (language) => `${language} translation out of date (the team changed these words after it was made): `,
  untranslated: (language) => `Not translated into ${language}.`,
  summaryTitle: 'Translations in this copy',
  summaryIntro: (language, mode) =>
    mode === 'beside'
      ? `Each part translated into ${language} is printed after the team’s own words. The team’s words are the plan of record.`
      : `Each part translated into ${language} is printed in place of the team’s own words; parts not translated, or changed since, keep the team’s words. The team’s words are the plan of record.`,
  summaryNone: (language) => `No part of this plan has been translated into ${language} yet. Every part below is in the team’s own words.`,
  columns: ['Part of the plan', 'Language', 'Translated by', 'Status'],
  current: 'Matches the plan',
  stale: 'Out of date: the team changed these words afterwards',
  byline: (name, role, date) => `${name} (${role}), ${date}`,
  fields: {
    goalText: 'The goal',
    curriculumEffect: 'How the disability affects the general curriculum',
    supportDescription: 'Description',
    participation: 'Time away from classmates without disabilities',
    assessmentAccommodations: 'Accommodations in state and district tests',
  },
};

const spanish: TranslationWords = {
  languageName: (code) => languageName('es', code),
  beside: (language) => `${language}: `,
  translatedBy: (language, name) => `Traducido al ${language.toLocaleLowerCase('es')} por ${name}.`,
  outdated: (language) => `Traducción al ${language.toLocaleLowerCase('es')} desactualizada (el equipo cambió este texto después de traducirlo): `,
  untranslated: (language) => `No traducido al ${language.toLocaleLowerCase('es')}.`,
  summaryTitle: 'Traducciones en esta copia',
  summaryIntro: (language, mode) =>
    mode === 'beside'
      ? `Cada parte traducida al ${language.toLocaleLowerCase('es')} aparece después del texto original del equipo. El texto del equipo es el plan oficial.`
      : `Cada parte traducida al ${language.toLocaleLowerCase('es')} aparece en lugar del texto original del equipo; las partes sin traducir, o cambiadas después, conservan el texto del equipo. El texto del equipo es el plan oficial.`,
  summaryNone: (language) => `Ninguna parte de este plan se ha traducido al ${language.toLocaleLowerCase('es')} todavía. Todo lo que sigue está en las palabras del equipo.`,
  columns: ['Parte del plan', 'Idioma', 'Traducido por', 'Estado'],
  current: 'Coincide con el plan',
  stale: 'Desactualizada: el equipo cambió este texto después',
  byline: (name, role, date) => `${name} (${role}), ${date}`,
  fields: {
    goalText: 'La meta',
    curriculumEffect: 'Cómo afecta la discapacidad al currículo general',
    supportDescription: 'Descripción',
    participation: 'Tiempo fuera de los compañeros sin discapacidades',
    assessmentAccommodations: 'Adaptaciones en los exámenes estatales y del distrito',
  },
};

export function translationWords(language: Language | undefined): TranslationWords {
  return language === 'es' ? spanish : english;
}
