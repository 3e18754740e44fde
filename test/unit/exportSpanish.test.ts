import { describe, expect, it } from 'vitest';
import { exportWords } from '../../server/export/exportWords';
import { meetingWords } from '../../server/export/meetingWords';
import { progressWords } from '../../server/export/progressWords';
import { sectionWords } from '../../server/export/sectionWords';
import { renderMeeting } from '../../server/export/exportFormats';
import { exportsIn, meetingInput, teamWords } from '../helpers/englishExports';
import { pdfToText } from '../helpers/exportText';

/** Every English phrase of some length a words object holds, functions called with placeholders. */
function phrases(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    for (const part of value.split('\u0000')) if (part.trim().length >= 10) out.add(part.trim());
  } else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => '\u0000');
    let said: unknown = null;
    try {
      said = (value as (...a: unknown[]) => unknown)(...args);
    } catch {
      // A formatter that needs a real value (a role, a date) holds no phrase of its own.
    }
    if (typeof said === 'string' || Array.isArray(said)) phrases(said, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (!['plan', 'date', 'dateTime', 'shortDate', 'role'].includes(key)) phrases(child, out);
  }
  return out;
}

const markdownText = (text: string) => text.replace(/\\(.)/g, '$1');

describe('Spanish exports', () => {
  const spanish = exportsIn('es');

  it('write every fixed phrase of the plan, the meeting notes and the progress report in Spanish', () => {
    // A phrase the team itself wrote (a meeting called "Annual IEP meeting") stays as written.
    const team = teamWords();
    const english = [...phrases(exportWords('en')), ...phrases(sectionWords('en')), ...phrases(meetingWords('en')), ...phrases(progressWords('en'))].filter((phrase) => !team.includes(phrase));
    expect(english.length).toBeGreaterThan(150);
    for (const file of ['plan.md', 'meeting.md', 'progress-report.md']) {
      const text = markdownText(spanish[file]!);
      const left = english.filter((phrase) => text.includes(phrase));
      expect(left, file).toEqual([]);
    }
  });

  it('hold the Spanish labels of the IEP’s form sections, meeting notes and progress report', () => {
    const plan = markdownText(spanish['plan.md']!);
    for (const label of ['Fecha de nacimiento', 'Elegibilidad', 'Minutos por semana fuera de la educación general', 'Participante requerido', 'Entregado a los padres', 'Traspaso de derechos al llegar a la mayoría de edad', 'Factor | Considerado | Notas', 'Reuniones y asistencia']) {
      expect(plan).toContain(label);
    }
    const notes = markdownText(spanish['meeting.md']!);
    for (const label of ['Quién participó', 'Orden del día', 'Tareas pendientes', '| Qué | Quién | Para cuándo | Estado |', 'Notas de la reunión del equipo del IEP de Mia Park', 'A distancia']) {
      expect(notes).toContain(label);
    }
    const report = markdownText(spanish['progress-report.md']!);
    for (const label of ['# Informe de progreso', 'Del 1 de septiembre de 2025 al 31 de octubre de 2025', 'Metas tomadas de', 'Se mide como', 'Porcentaje de intentos', '| Fecha | Lugar | Valor | Registrado por | Nota |']) {
      expect(report).toContain(label);
    }
  });

  it('keep the team’s own words exactly as written', () => {
    expect(spanish['plan.md']).toContain('Enrol in a community college welding course');
    expect(spanish['meeting.md']).toContain('Grip improves after a movement break.');
    expect(spanish['meeting.md']).toContain('Send the putty routine to the classroom');
    expect(spanish['progress-report.md']).toContain('Needed one prompt');
  });

  it('number the PDF’s pages and caption charts in Spanish', async () => {
    const pdf = pdfToText((await renderMeeting('pdf', meetingInput('es'))).bytes);
    expect(pdf).toContain('Página 1 de');
    expect(pdf).not.toContain('Page 1 of');
    expect(spanish['progress-report.md']).toContain('*Gráfico: Porcentaje de intentos');
  });

  it('mark the document as Spanish for screen readers', () => {
    expect(spanish['meeting.html']).toMatch(/<html lang="es-US"/);
    expect(spanish['progress-report.html']).toMatch(/<html lang="es-US"/);
  });
});
