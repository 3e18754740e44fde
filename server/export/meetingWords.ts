import type { Language } from '../../shared/i18n/languages';
import type { Role } from '../../shared/roles';
import { meetingKindLabels, type AttendanceMode, type MeetingKind } from '../../shared/schema';
import { exportWords, type ExportWords } from './exportWords';
import { formatDate, formatDateTime, roleLabel, settingLabels } from './text';
import type { Setting } from '../../shared/roles';

/**
 * The fixed text of meeting records: the plan's "meetings and attendance" section and one
 * meeting's notes, in each language. English is exactly what these always printed.
 */
export interface MeetingWords {
  readonly plan: ExportWords;
  readonly kinds: Readonly<Record<MeetingKind, string>>;
  readonly modes: Readonly<Record<AttendanceMode, string>>;
  readonly date: (value: string, timeZone: string) => string;
  readonly dateTime: (value: string, timeZone: string) => string;
  readonly role: (role: Role | null) => string;
  readonly settings: Readonly<Record<Setting, string>>;
  readonly attendance: { readonly notRecorded: string; readonly name: string; readonly role: string; readonly tookPart: string; readonly nameMissing: string };
  readonly noMeetings: string;
  readonly decisions: string;
  readonly notes: {
    readonly sections: { readonly attendance: string; readonly agenda: string; readonly notes: string; readonly decisions: string; readonly actionItems: string };
    readonly noAgenda: string;
    readonly covered: string;
    readonly noNotes: string;
    readonly noDecisions: string;
    readonly noActions: string;
    readonly columns: readonly [string, string, string, string];
    readonly nobody: string;
    readonly noDate: string;
    readonly done: string;
    readonly open: string;
    readonly addedBy: string;
    readonly intro: (student: string) => string;
    readonly student: string;
    readonly school: string;
    readonly meeting: string;
    readonly title: string;
    readonly noTitle: string;
    readonly when: string;
    readonly notScheduled: string;
    readonly footer: (title: string) => string;
    readonly subject: (student: string) => string;
  };
}

const english: MeetingWords = {
  plan: exportWords('en'),
  kinds: meetingKindLabels,
  modes: { in_person: 'In person', remote: 'Remotely', absent: 'Absent' },
  date: (value, timeZone) => formatDate(value, timeZone),
  dateTime: (value, timeZone) => formatDateTime(value, timeZone),
  role: roleLabel,
  settings: settingLabels,
  attendance: { notRecorded: 'Attendance was not recorded.', name: 'Name', role: 'Role', tookPart: 'Took part', nameMissing: 'Name not recorded' },
  noMeetings: 'No meetings have been recorded yet.',
  decisions: 'Decisions',
  notes: {
    sections: { attendance: 'Who took part', agenda: 'Agenda', notes: 'Notes', decisions: 'Decisions', actionItems: 'Action items' },
    noAgenda: 'No agenda was written.',
    covered: ' (covered)',
    noNotes: 'No notes were taken.',
    noDecisions: 'No decisions were recorded.',
    noActions: 'No action items.',
    columns: ['What', 'Who', 'By when', 'Status'],
    nobody: 'Nobody yet',
    noDate: 'No date',
    done: 'Done',
    open: 'Open',
    addedBy: 'Added by',
    intro: (student) => `Meeting notes for the IEP team of ${student}`,
    student: 'Student',
    school: 'School',
    meeting: 'Meeting',
    title: 'Title',
    noTitle: 'No title',
    when: 'When',
    notScheduled: 'Not scheduled',
    footer: (title) => `Meeting notes · ${title}`,
    subject: (student) => `IEP team meeting notes for ${student}`,
  },
};

const spanishPlan = exportWords('es');

const spanish: MeetingWords = {
  plan: spanishPlan,
  kinds: { iep_meeting: 'Reunión del IEP', joint_evaluation: 'Sesión de evaluación conjunta', check_in: 'Reunión de seguimiento', annual_review: 'Revisión anual' },
  modes: { in_person: 'En persona', remote: 'A distancia', absent: 'Ausente' },
  date: (value, timeZone) => spanishPlan.date(value, timeZone),
  dateTime: (value, timeZone) => spanishPlan.dateTime(value, timeZone),
  role: (role) => (role ? spanishPlan.roles[role] : spanishPlan.roleMissing),
  settings: spanishPlan.settings,
  attendance: { notRecorded: 'No se registró la asistencia.', name: 'Nombre', role: 'Función', tookPart: 'Participó', nameMissing: 'Nombre no registrado' },
  noMeetings: 'Todavía no se ha registrado ninguna reunión.',
  decisions: 'Decisiones',
  notes: {
    sections: { attendance: 'Quién participó', agenda: 'Orden del día', notes: 'Notas', decisions: 'Decisiones', actionItems: 'Tareas pendientes' },
    noAgenda: 'No se escribió un orden del día.',
    covered: ' (tratado)',
    noNotes: 'No se tomaron notas.',
    noDecisions: 'No se registró ninguna decisión.',
    noActions: 'No hay tareas pendientes.',
    columns: ['Qué', 'Quién', 'Para cuándo', 'Estado'],
    nobody: 'Nadie todavía',
    noDate: 'Sin fecha',
    done: 'Hecho',
    open: 'Pendiente',
    addedBy: 'Agregado por',
    intro: (student) => `Notas de la reunión del equipo del IEP de ${student}`,
    student: 'Estudiante',
    school: 'Escuela',
    meeting: 'Reunión',
    title: 'Título',
    noTitle: 'Sin título',
    when: 'Cuándo',
    notScheduled: 'Sin programar',
    footer: (title) => `Notas de la reunión · ${title}`,
    subject: (student) => `Notas de la reunión del equipo del IEP de ${student}`,
  },
};

export function meetingWords(language: Language | undefined): MeetingWords {
  return language === 'es' ? spanish : english;
}
