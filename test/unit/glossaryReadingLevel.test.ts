import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';
import { englishSyllables, fernandezHuerta, fleschKincaidGrade, inflesz, spanishSyllables } from '../../shared/readingLevel';

/** Dictionary syllable counts, including the cases a naive vowel count gets wrong. */
const englishWords: Record<string, number> = {
  child: 1, school: 1, time: 1, used: 1, reached: 1, goal: 1,
  people: 2, table: 2, quiet: 2, create: 2, changes: 2, started: 2, being: 2, idea: 3, summer: 2, letter: 2,
  services: 3, refuses: 3, examples: 3, therapy: 3, different: 3, counseling: 3, restrictive: 3,
  measurable: 4, environment: 4, accommodation: 5, disabilities: 5,
};

const spanishWords: Record<string, number> = {
  y: 1, hoy: 1, muy: 1, que: 1,
  niño: 2, día: 2, país: 2, maíz: 2, oír: 2, ciudad: 2, guerra: 2, después: 2, habla: 2,
  medible: 3, servicios: 3, terapia: 3, cuidado: 3, escuela: 3, poeta: 3, reúne: 3, pingüino: 3, examen: 3,
  adaptación: 4, cotidiano: 4, secundaria: 4, aéreo: 4,
};

describe('syllable counters', () => {
  it('count English syllables as a dictionary does', () => {
    for (const [word, syllables] of Object.entries(englishWords)) expect(englishSyllables(word), word).toBe(syllables);
  });

  it('count Spanish syllables by diphthong, hiatus and accent', () => {
    for (const [word, syllables] of Object.entries(spanishWords)) expect(spanishSyllables(word), word).toBe(syllables);
  });
});

describe('readability formulas', () => {
  it('score a plain sentence as easy and a regulation as hard', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 5);
    const regulation =
      'Each public agency must take whatever action is necessary to ensure that the parent understands the proceedings of the individualized education program team meeting, including arranging for an interpreter for parents with deafness or whose native language is other than English.';
    expect(fleschKincaidGrade(regulation)).toBeGreaterThan(12);
    const reglamento =
      'Cada agencia pública debe tomar cualquier medida necesaria para asegurar que los padres comprendan los procedimientos de la reunión del equipo del programa de educación individualizada, incluida la contratación de un intérprete.';
    expect(fernandezHuerta(reglamento)).toBeLessThan(60);
    expect(inflesz(reglamento)).toBeLessThan(55);
  });
});

/**
 * Every glossary entry reads at grade 8 or easier: Flesch–Kincaid grade ≤ 8 in English;
 * Fernández-Huerta ≥ 60 (grades 7–8 or easier) and INFLESZ ≥ 55 ("normal" or easier) in Spanish.
 */
describe('the glossary’s plain words', () => {
  const terms = Object.keys(en.glossary.terms) as (keyof typeof en.glossary.terms)[];

  it.each(terms)('“%s” reads at grade 8 or easier in English and Spanish', (term) => {
    expect(fleschKincaidGrade(en.glossary.terms[term].definition)).toBeLessThanOrEqual(8);
    expect(fernandezHuerta(es.glossary.terms[term].definition)).toBeGreaterThanOrEqual(60);
    expect(inflesz(es.glossary.terms[term].definition)).toBeGreaterThanOrEqual(55);
  });
});
