/**
 * Reading level of short plain texts (the glossary's definitions), in English and Spanish.
 * Syllables are counted by rule, not looked up: English by vowel groups with its silent and
 * split endings, Spanish by its regular syllable nuclei (diphthongs, hiatus, accents).
 */

const englishVowels = /[aeiouy]+/g;

/** English syllables of one word: vowel groups, less a silent final e, with common splits. */
export function englishSyllables(word: string): number {
  const whole = word.toLowerCase().replace(/[^a-z]/g, '').replace(/qu/g, 'q');
  if (whole.length === 0) return 0;
  if (whole.length <= 3) return 1;
  // Vowel pairs said as two syllables: "quiet", "being", "create", "idea", "ratio".
  const splits = (whole.match(/[^aeiou]ie[rt]|[aeiou]ing|ea(?:te|tion|$)|[^cgst]io|[^cgst]ia|uo|iu/g) ?? []).length;
  // Silent endings: "-es" except after a hissing sound ("changes"), "-ed" except after t or d
  // ("started"), and a final "e" ("time") except in consonant + "le" ("people") or "ee".
  const stripped = whole
    .replace(/([^aeiouycgsxzl])es$/, '$1')
    .replace(/([aeiou]l)es$/, '$1')
    .replace(/([^aeiouytd])ed$/, '$1')
    .replace(/([^aeiouyl])e$/, '$1')
    .replace(/([aeiou]l)e$/, '$1')
    .replace(/^y/, '');
  return Math.max(1, (stripped.match(englishVowels) ?? []).length + splits);
}

const spanishVowel = /[aeiouáéíóúü]/;
const strongVowel = /[aeoáéó]/;
const accentedWeak = /[íú]/;

/** Spanish syllables of one word: one per vowel nucleus; strong + strong and accented í/ú split. */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w.length === 0) return 0;
  let count = 0;
  let previous = '';
  for (let index = 0; index < w.length; index += 1) {
    const letter = w[index]!;
    // A final "y" after a vowel closes a diphthong ("hoy", "muy"); alone it is a word of one syllable.
    const isVowel = spanishVowel.test(letter) || (letter === 'y' && index === w.length - 1 && w.length === 1);
    if (!isVowel) {
      previous = '';
      continue;
    }
    if (previous === '') count += 1;
    else if ((strongVowel.test(previous) && strongVowel.test(letter)) || accentedWeak.test(previous) || accentedWeak.test(letter)) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

export interface TextCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

export function countText(text: string, syllables: (word: string) => number): TextCounts {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((part) => /\p{L}/u.test(part)).length;
  const words = text.match(/[\p{L}’'-]+/gu) ?? [];
  return { sentences: Math.max(1, sentences), words: words.length, syllables: words.reduce((sum, word) => sum + syllables(word), 0) };
}

/** Flesch–Kincaid grade level: the US school grade that reads the text comfortably. */
export function fleschKincaidGrade(text: string): number {
  const { sentences, words, syllables } = countText(text, englishSyllables);
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Fernández-Huerta readability (corrected form, Law 2011): 206.84 − 60·(syllables/word) −
 * 1.02·(words/sentence). 70–80 reads at grade 6, 60–70 at grades 7–8; higher is easier.
 */
export function fernandezHuerta(text: string): number {
  const { sentences, words, syllables } = countText(text, spanishSyllables);
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
}

/**
 * INFLESZ (Szigriszt-Pazos perspicuity): 206.835 − 62.3·(syllables/word) − words/sentence.
 * 55–65 is "normal" (ages 12–14, grades 7–8); higher is easier.
 */
export function inflesz(text: string): number {
  const { sentences, words, syllables } = countText(text, spanishSyllables);
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}
