import { describe, expect, it } from 'vitest';
import { describePath } from '../../shared/history';
import { catalogLookup, catalogPathNames } from '../../shared/i18n/catalogPathNames';
import { catalogs } from '../../shared/i18n/catalogs';
import { languages } from '../../shared/i18n/languages';
import { englishPathNames, joinNamedParts, namePath } from '../../shared/pathNames';
import { planRoots } from '../../shared/schema/planRoots';
import { planFieldPaths, rootsWithoutKeys } from '../helpers/planFieldPaths';

const namesIn = (language: keyof typeof catalogs) => catalogPathNames(catalogLookup(catalogs[language]));
const spanish = namesIn('es');
const english = namesIn('en');

describe('the plan’s fields named from a path', () => {
  it('knows the keys of every root of the plan', () => {
    expect(rootsWithoutKeys()).toEqual([]);
  });

  it.each(languages)('names every field the schema writes in the %s catalog', (language) => {
    const names = namesIn(language);
    const unnamed = planFieldPaths().filter((path) => namePath(path, names) === null);
    expect(unnamed.map((path) => path.join('/'))).toEqual([]);
  });

  it('names no field in Spanish with the English name', () => {
    const sameInBoth = new Set(['Plan']);
    const untranslated = planFieldPaths().flatMap((path) => {
      const [inSpanish, inEnglish] = [namePath(path, spanish)!, namePath(path, english)!];
      return inSpanish.filter((part, index) => part.name === inEnglish[index]!.name && !sameInBoth.has(part.name)).map((part) => `${path.join('/')}: ${part.name}`);
    });
    expect(untranslated).toEqual([]);
  });

  it('names each field in the English catalog as history stores it, so English readers see no change', () => {
    // Members of a fixed vocabulary are named by it ("Gross motor and mobility", not "Gross motor"),
    // and keys joining a field and a member read split ("Setting · School", not "Setting school").
    const memberRoots = [planRoots.presentLevelPrefix, planRoots.specialFactorNotePrefix];
    const plain = planFieldPaths().filter(([root = '', ...keys]) => !memberRoots.some((prefix) => root.startsWith(prefix)) && !keys.some((key) => key.includes('.')));
    const differing = plain.filter((path) => joinNamedParts(namePath(path, english)!) !== describePath(path));
    expect(differing.map((path) => `${path.join('/')}: ${describePath(path)}`)).toEqual([]);
  });

  it('names a goal’s field in Spanish with the goal’s own words, as the goal’s card labels it', () => {
    const title = (itemPath: string[]) => (itemPath.length === 2 ? 'Lee 90 palabras…' : null);
    expect(describePath(['goals', 'g1', 'progressSchedule'], title, spanish)).toBe('Meta: Lee 90 palabras… · Cuándo recibe la familia noticias del progreso');
    expect(describePath(['goals', 'g1', 'baseline'], title, spanish)).toBe('Meta: Lee 90 palabras… · Dónde está el niño ahora');
    expect(describePath(['goals', 'g1'], () => null, spanish)).toBe('Meta');
    const objective = (itemPath: string[]) => (itemPath.length === 4 ? 'Lee 60 palabras por minuto.' : 'Lee 90 palabras…');
    expect(describePath(['goals', 'g1', 'objectives', 'o1', 'text'], objective, spanish)).toBe('Meta: Lee 90 palabras… · Paso: Lee 60 palabras por minuto. · Texto');
  });

  it('names present levels, the fixed parts and their members in Spanish', () => {
    expect(describePath(['presentLevel.reading'], undefined, spanish)).toBe('Niveles actuales · Lectura');
    expect(describePath(['presentLevels.curriculumEffect'], undefined, spanish)).toBe(
      'Niveles actuales · Cómo afecta la discapacidad la participación y el progreso en el plan de estudios de educación general',
    );
    expect(describePath(['student', 'grade'], undefined, spanish)).toBe('Datos del estudiante · Grado');
    expect(describePath(['transition.courseOfStudy'], undefined, spanish)).toBe('Transición · Plan de estudios');
    expect(describePath(['specialFactorNote.braille'], undefined, spanish)).toBe('Factor especial · Braille (ciego o con discapacidad visual)');
    expect(describePath(['specialFactors', 'braille.considered'], undefined, spanish)).toBe('Factores especiales · Braille (ciego o con discapacidad visual) · Considerado');
    expect(describePath(['goals', 'g1', 'setting.school'], undefined, spanish)).toBe('Meta · Dónde trabajamos en ella · Escuela');
    expect(describePath(['goals', 'g1', 'role.parent'], undefined, spanish)).toBe('Meta · Quién es responsable · Padre, madre o tutor');
    expect(describePath(['supports', 's1', 'status.classroom'], undefined, spanish)).toBe('Apoyo · Estado · Salón de clases');
    expect(describePath(['parentInput'], undefined, spanish)).toBe('Lo que la familia ve en casa');
  });

  it('says the same thing the plan editor says for a field, in Spanish', () => {
    const editor = catalogs.es.planEdit;
    const field = (path: string[]) => namePath(path, spanish)!.at(-1)!.name;
    expect(field(['goals', 'g1', 'baseline'])).toBe(editor.baseline);
    expect(field(['goals', 'g1', 'target'])).toBe(editor.target);
    expect(field(['goals', 'g1', 'measurement'])).toBe(editor.measurement);
    expect(field(['goals', 'g1', 'progressSchedule'])).toBe(editor.progressSchedule);
    expect(field(['goals', 'g1', 'description'])).toBe(editor.goalInWords);
    expect(field(['services', 'v1', 'provider'])).toBe(editor.provider);
    expect(field(['supports', 's1', 'description'])).toBe(editor.howUsed);
    expect(field(['student', 'homeLanguage'])).toBe(editor.homeLanguage);
    expect(field(['placement.explanation'])).toBe(editor.whyApart);
  });

  it('leaves a key it has no name for unnamed rather than English, whatever the document holds', () => {
    for (const path of [['goals', 'g1', 'mood'], ['somethingNew'], ['student', 'constructor'], ['presentLevel.__proto__'], ['goals', 'g1', 'setting.toString']]) {
      expect(namePath(path, spanish), path.join('/')).toBeNull();
    }
  });

  it('keeps English as the server stores it: the names, and a title from the item', () => {
    expect(describePath(['goals', 'g1', 'progressSchedule'], () => 'Reads 90 words…')).toBe('Goal: Reads 90 words… · Progress schedule');
    expect(describePath(['presentLevel.reading'])).toBe('Present levels · Reading');
    expect(describePath(['goals', 'g1', 'setting.school'])).toBe('Goal · Setting school');
    expect(describePath(['somethingNew', 'aKey'])).toBe('Something new · A key');
    // A step the reader's names lack is spelt in English rather than dropped.
    expect(describePath(['somethingNew'], undefined, spanish)).toBe('Something new');
    // A link between goals is an item by id: its id is not a word.
    expect(joinNamedParts(namePath(['goalLinks', 'k3Jx9', 'note'], englishPathNames)!)).toBe('Goal link · Note');
  });
});
