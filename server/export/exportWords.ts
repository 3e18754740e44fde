import type { SignatureDecision } from '../../shared/api';
import { en as interfaceEn } from '../../shared/i18n/en';
import { es as interfaceEs } from '../../shared/i18n/es';
import { formatDate as intlDate, formatDateTime as intlDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import type { Role, Setting } from '../../shared/roles';
import { sectionLabels, type SectionId } from '../../shared/schema';
import { formatDate as englishDate, formatDateTime as englishDateTime } from './text';

/**
 * The fixed text of a plan export (headings, labels, the signature statement) in each
 * language. Only these words change with the language: what the team wrote, names and the
 * statement each signer confirmed are the record and are printed exactly as they were.
 */

type OutlineSection = 'cover' | 'team' | SectionId | 'meetings' | 'signatures';

export interface ExportWords {
  readonly language: Language;
  readonly sectionTitles: Readonly<Record<OutlineSection, string>>;
  readonly sectionIntros: Readonly<Partial<Record<OutlineSection, string>>>;
  readonly defaultTitle: string;
  readonly draftMark: string;
  readonly draftNotice: string;
  readonly liveDraft: string;
  readonly version: (number: number) => string;
  readonly agreed: string;
  readonly proposed: string;
  readonly cover: {
    readonly student: string;
    readonly gradeOrBirth: string;
    readonly school: string;
    readonly plan: string;
    readonly version: string;
    readonly status: string;
    readonly proposedLabel: string;
    readonly proposedBy: (when: string, name: string) => string;
    readonly documentCode: string;
    readonly fingerprintNote: string;
    readonly proposedAgain: string;
    readonly iepFor: (name: string) => string;
    readonly provenance: string;
  };
  readonly team: { readonly none: string; readonly name: string; readonly role: string; readonly setting: string; readonly nameMissing: string };
  readonly presentLevels: { readonly none: string; readonly notDescribed: (areas: string) => string };
  readonly signatures: {
    readonly notSigned: string;
    readonly notSignedNote: string;
    readonly statement: (number: number) => readonly [string, string, string];
    readonly whoSigns: string;
    readonly decision: string;
    readonly signed: string;
    readonly formerMember: string;
    readonly nobody: string;
    readonly notYet: string;
    readonly nameTyped: string;
    readonly confirmed: string;
    readonly comment: string;
    readonly noComment: string;
    readonly identity: string;
    readonly fingerprint: string;
    readonly otherVersion: string;
    readonly decisions: Readonly<Record<SignatureDecision, string>>;
    readonly methods: Readonly<Record<string, string>>;
  };
  readonly footerVersion: (number: number) => string;
  readonly subject: (name: string) => string;
  readonly roles: Readonly<Record<Role, string>>;
  readonly roleMissing: string;
  readonly settings: Readonly<Record<Setting, string>>;
  readonly date: (value: string, timeZone: string) => string;
  readonly dateTime: (value: string, timeZone: string) => string;
}

const english: ExportWords = {
  language: 'en',
  sectionTitles: { cover: 'Plan', team: 'Team members', ...sectionLabels, meetings: 'Meetings and attendance', signatures: 'Signatures' },
  sectionIntros: {
    team: 'The people who write and agree this plan, and where each of them works with the child.',
    presentLevels: 'What the child can do now, area by area: the starting point for every goal.',
    goals: 'What the team expects the child to achieve within a year, how progress is measured, and when it is reported to parents.',
    services: 'Teaching and therapy the child receives: who provides it, how often, for how long and where.',
    supports: 'Accommodations, tools and strategies, and where each one is used: in the classroom, at the clinic and at home.',
    participation: 'Time the child spends away from classmates without disabilities, and changes made for tests.',
    specialFactors: 'Needs the law asks the team to consider for every child.',
    parentInput: 'Observations and priorities from home, in the family’s own words.',
    decisions: 'What the team agreed, in the order it was decided.',
    meetings: 'Who took part in each meeting, and how, and what was decided there.',
    signatures: 'Each team member’s decision on this version of the plan.',
  },
  defaultTitle: 'Individualized Education Program',
  draftMark: 'DRAFT — not agreed',
  draftNotice: ' This copy shows the plan while the team is still writing it. It has not been agreed or signed, and it may change.',
  liveDraft: 'Live draft (not a frozen version)',
  version: (number) => `Version ${number}`,
  agreed: 'Agreed by the team',
  proposed: 'Proposed, waiting for signatures',
  cover: {
    student: 'Student',
    gradeOrBirth: 'Grade or date of birth',
    school: 'School',
    plan: 'Plan',
    version: 'Version',
    status: 'Status',
    proposedLabel: 'Proposed',
    proposedBy: (when, name) => `${when}, by ${name}`,
    documentCode: 'Document code',
    fingerprintNote: ' (the full fingerprint is on the signature page)',
    proposedAgain: 'Proposed again because',
    iepFor: (name) => `Individualized Education Program (IEP) for ${name}`,
    provenance: 'Each goal, support, service and decision names the team member who added it and the setting they work in.',
  },
  team: { none: 'No team members are recorded.', name: 'Name', role: 'Role', setting: 'Setting', nameMissing: 'Name not recorded' },
  presentLevels: { none: 'No area has been described yet.', notDescribed: (areas) => `Not described in this plan: ${areas}.` },
  signatures: {
    notSigned: 'Not signed: this is a draft.',
    notSignedNote: ' Team members sign a frozen version of the plan once the team agrees on it.',
    statement: (number) => [
      `Each signature below applies to version ${number} only: document code `,
      ', in full the SHA-256 fingerprint ',
      '. Every new version has a new code, even when the plan itself did not change.',
    ],
    whoSigns: 'Who needs to sign',
    decision: 'Decision',
    signed: 'Signed',
    formerMember: 'Former team member',
    nobody: 'Nobody has signed this version yet.',
    notYet: 'Not signed yet',
    nameTyped: 'Name typed',
    confirmed: 'Statement confirmed',
    comment: 'Comment',
    noComment: 'No comment',
    identity: 'Identity confirmed',
    fingerprint: 'Version fingerprint signed',
    otherVersion: 'This signature names a different version fingerprint than this copy.',
    decisions: { agree: 'Agrees', agree_with_reservations: 'Agrees with reservations', disagree: 'Disagrees' },
    methods: {
      password: 'Password re-entered when signing',
      recent_sign_in: 'Signed in with password within 15 minutes before signing',
    },
  },
  footerVersion: (number) => `Version ${number}`,
  subject: (name) => `IEP plan for ${name}`,
  roles: Object.fromEntries(Object.entries(interfaceEn.roles).map(([role, text]) => [role, text.label])) as Record<Role, string>,
  roleMissing: 'Role not recorded',
  settings: { school: 'School', clinic: 'Clinic', home: 'Home' },
  // English keeps the export's own hand-written dates, so English files stay byte-identical.
  date: (value, timeZone) => englishDate(value, timeZone),
  dateTime: (value, timeZone) => englishDateTime(value, timeZone),
};

const spanish: ExportWords = {
  language: 'es',
  sectionTitles: {
    cover: 'Plan',
    team: 'Miembros del equipo',
    student: 'Información del estudiante',
    dates: 'Fechas del IEP',
    presentLevels: 'Niveles actuales',
    goals: 'Metas',
    services: 'Servicios',
    supports: 'Apoyos en la escuela, la clínica y el hogar',
    participation: 'Participación con compañeros sin discapacidades y ubicación',
    assessments: 'Exámenes estatales y del distrito',
    extendedSchoolYear: 'Año escolar extendido',
    transition: 'Transición y traspaso de derechos',
    specialFactors: 'Factores especiales',
    parentInput: 'Aportes de los padres',
    meetingTeam: 'Equipo del IEP en las reuniones',
    parentParticipation: 'Participación de los padres',
    decisions: 'Decisiones del equipo',
    priorWrittenNotice: 'Aviso previo por escrito',
    meetings: 'Reuniones y asistencia',
    signatures: 'Firmas',
  },
  sectionIntros: {
    team: 'Las personas que escriben y acuerdan este plan, y dónde trabaja cada una con el niño.',
    presentLevels: 'Lo que el niño puede hacer ahora, área por área: el punto de partida de cada meta.',
    goals: 'Lo que el equipo espera que el niño logre en un año, cómo se mide el progreso y cuándo se informa a los padres.',
    services: 'La enseñanza y la terapia que recibe el niño: quién la da, con qué frecuencia, cuánto tiempo y dónde.',
    supports: 'Adaptaciones, herramientas y estrategias, y dónde se usa cada una: en el salón, en la clínica y en el hogar.',
    participation: 'El tiempo que el niño pasa aparte de sus compañeros sin discapacidades, y los cambios en los exámenes.',
    specialFactors: 'Necesidades que la ley pide al equipo considerar para cada niño.',
    parentInput: 'Observaciones y prioridades del hogar, en las propias palabras de la familia.',
    decisions: 'Lo que el equipo acordó, en el orden en que se decidió.',
    meetings: 'Quién participó en cada reunión, cómo, y lo que se decidió allí.',
    signatures: 'La decisión de cada miembro del equipo sobre esta versión del plan.',
  },
  defaultTitle: 'Programa de Educación Individualizada',
  draftMark: 'BORRADOR — no acordado',
  draftNotice: ' Esta copia muestra el plan mientras el equipo todavía lo escribe. No se ha acordado ni firmado, y puede cambiar.',
  liveDraft: 'Borrador en curso (no es una versión fija)',
  version: (number) => `Versión ${number}`,
  agreed: 'Acordado por el equipo',
  proposed: 'Propuesto, en espera de firmas',
  cover: {
    student: 'Estudiante',
    gradeOrBirth: 'Grado o fecha de nacimiento',
    school: 'Escuela',
    plan: 'Plan',
    version: 'Versión',
    status: 'Estado',
    proposedLabel: 'Propuesto',
    proposedBy: (when, name) => `${when}, por ${name}`,
    documentCode: 'Código del documento',
    fingerprintNote: ' (la huella digital completa está en la página de firmas)',
    proposedAgain: 'Propuesto de nuevo porque',
    iepFor: (name) => `Programa de Educación Individualizada (IEP) de ${name}`,
    provenance: 'Cada meta, apoyo, servicio y decisión nombra al miembro del equipo que la agregó y el lugar donde trabaja.',
  },
  team: { none: 'No hay miembros del equipo registrados.', name: 'Nombre', role: 'Función', setting: 'Lugar', nameMissing: 'Nombre no registrado' },
  presentLevels: { none: 'Todavía no se ha descrito ninguna área.', notDescribed: (areas) => `No se describe en este plan: ${areas}.` },
  signatures: {
    notSigned: 'Sin firmar: esto es un borrador.',
    notSignedNote: ' Los miembros del equipo firman una versión fija del plan cuando el equipo la acuerda.',
    statement: (number) => [
      `Cada firma abajo se aplica solo a la versión ${number}: código del documento `,
      ', completo, la huella digital SHA-256 ',
      '. Cada versión nueva tiene un código nuevo, aunque el plan en sí no haya cambiado.',
    ],
    whoSigns: 'Quién debe firmar',
    decision: 'Decisión',
    signed: 'Firmado',
    formerMember: 'Antiguo miembro del equipo',
    nobody: 'Nadie ha firmado esta versión todavía.',
    notYet: 'Sin firmar todavía',
    nameTyped: 'Nombre escrito',
    confirmed: 'Declaración confirmada',
    comment: 'Comentario',
    noComment: 'Sin comentario',
    identity: 'Identidad confirmada',
    fingerprint: 'Huella digital de la versión firmada',
    otherVersion: 'Esta firma nombra una huella digital de versión distinta a la de esta copia.',
    decisions: { agree: 'Está de acuerdo', agree_with_reservations: 'Está de acuerdo con reservas', disagree: 'No está de acuerdo' },
    methods: {
      password: 'Volvió a escribir su contraseña al firmar',
      recent_sign_in: 'Inició sesión con contraseña menos de 15 minutos antes de firmar',
    },
  },
  footerVersion: (number) => `Versión ${number}`,
  subject: (name) => `Plan IEP de ${name}`,
  roles: Object.fromEntries(Object.entries(interfaceEs.roles).map(([role, text]) => [role, text.label])) as Record<Role, string>,
  roleMissing: 'Función no registrada',
  settings: { school: 'Escuela', clinic: 'Clínica', home: 'Hogar' },
  date: (value, timeZone) => localDate('es', value, timeZone, false),
  dateTime: (value, timeZone) => localDate('es', value, timeZone, true),
};

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date ("2026-03-04") is that date everywhere; an instant is read in the zone. */
function localDate(language: Language, value: string, timeZone: string, withTime: boolean): string {
  const trimmed = value.trim();
  if (dateOnly.test(trimmed)) return intlDate(language, 'UTC', `${trimmed}T12:00:00Z`);
  if (Number.isNaN(Date.parse(trimmed))) return trimmed;
  return withTime ? intlDateTime(language, timeZone, trimmed) : intlDate(language, timeZone, trimmed);
}

const words: Readonly<Record<Language, ExportWords>> = { en: english, es: spanish };

export function exportWords(language: Language | undefined): ExportWords {
  return words[language ?? 'en'];
}
