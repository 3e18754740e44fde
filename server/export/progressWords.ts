import type { Language } from '../../shared/i18n/languages';
import type { Setting } from '../../shared/roles';
import { progressCodeLabels, type ProgressCode } from '../../shared/progressCodes';
import type { SettingTrend } from '../../shared/progressTrend';
import { goalAreaLabels, measureKindLabels, type GoalArea, type MeasureKind } from '../../shared/schema';
import { exportWords } from './exportWords';
import { formatDate, formatShortDate, settingLabels } from './text';

type Direction = SettingTrend['direction'];

/**
 * The fixed text of the progress report to parents, in each language. English is exactly what
 * the report always printed; the figures, names and notes are the record and never change.
 */
export interface ProgressWords {
  readonly language: Language;
  readonly date: (value: string) => string;
  readonly shortDate: (value: string) => string;
  readonly settings: Readonly<Record<Setting, string>>;
  readonly areas: Readonly<Record<GoalArea, string>>;
  readonly kinds: Readonly<Record<MeasureKind, string>>;
  readonly codes: Readonly<Record<ProgressCode, string>>;
  readonly directions: Readonly<Record<Direction, string>>;
  readonly values: { readonly minutes: (value: number) => string; readonly ratingOf: (value: number, max: number) => string; readonly yes: string; readonly no: string };
  readonly chart: (kind: string, from: string, to: string, described: string, target: string | null) => string;
  readonly chartSetting: (setting: string, count: number, latest: string | null, direction: string) => string;
  /** The name of the chart's dashed line, written at its end. */
  readonly chartTarget: (value: string) => string;
  readonly narrative: {
    readonly none: (from: string, to: string) => string;
    readonly counted: (from: string, to: string, count: number, where: string) => string;
    readonly trend: (parts: string) => string;
    readonly trendAt: (direction: string, setting: Setting) => string;
    readonly mixed: string;
    readonly latest: (value: string, setting: string, date: string) => string;
    readonly targetMet: (value: string) => string;
    readonly target: (value: string) => string;
  };
  readonly title: string;
  readonly student: string;
  readonly school: string;
  readonly notRecorded: string;
  readonly period: string;
  readonly periodValue: (from: string, to: string) => string;
  readonly issued: string;
  readonly preparedBy: string;
  readonly goalsFrom: string;
  readonly fromVersion: (number: number, agreedOn: string) => string;
  readonly fromDraft: string;
  readonly intro: string;
  readonly progress: string;
  readonly asSuggested: string;
  readonly chosen: (suggested: string) => string;
  readonly goal: (number: number, area: string) => string;
  readonly target: string;
  readonly notFilled: string;
  readonly measuredAs: string;
  readonly observations: (count: number, direction: string, latest: string | null) => string;
  readonly columns: readonly [string, string, string, string, string];
  readonly footer: (from: string, to: string) => string;
  readonly subject: string;
}

const english: ProgressWords = {
  language: 'en',
  date: (value) => formatDate(value),
  shortDate: (value) => formatShortDate(value),
  settings: settingLabels,
  areas: goalAreaLabels,
  kinds: measureKindLabels,
  codes: progressCodeLabels,
  directions: { improving: 'improving', flat: 'about the same', declining: 'going down', not_enough_data: 'not enough data yet' },
  values: { minutes: (value) => `${value} min`, ratingOf: (value, max) => `${value} of ${max}`, yes: 'yes', no: 'no' },
  chart: (kind, from, to, described, target) => `${kind} from ${from} to ${to}, by setting (${described}).${target === null ? '' : ` The dashed line is the target, ${target}.`}`,
  chartSetting: (setting, count, latest, direction) => `${setting}: ${count} point${count === 1 ? '' : 's'}${latest === null ? '' : `, latest ${latest}`}, ${direction}`,
  chartTarget: (value) => `Target ${value}`,
  narrative: {
    none: (from, to) => `No observations were recorded between ${from} and ${to}.`,
    counted: (from, to, count, where) => `Between ${from} and ${to}, ${count} observation${count === 1 ? ' was' : 's were'} recorded (${where}).`,
    trend: (parts) => `The trend is ${parts}.`,
    trendAt: (direction, setting) => `${direction} at ${setting === 'home' ? 'home' : `the ${setting}`}`,
    mixed: 'Progress differs between settings: worth discussing as a team.',
    latest: (value, setting, date) => `Latest: ${value} (${setting}, ${date}).`,
    targetMet: (value) => `The target of ${value} is reached.`,
    target: (value) => `The target is ${value}.`,
  },
  title: 'Progress report',
  student: 'Student',
  school: 'School',
  notRecorded: 'Not recorded',
  period: 'Period',
  periodValue: (from, to) => `${from} to ${to}`,
  issued: 'Issued',
  preparedBy: 'Prepared by',
  goalsFrom: 'Goals from',
  fromVersion: (number, agreedOn) => `Version ${number} of the plan, agreed ${agreedOn}`,
  fromDraft: 'The live draft: no agreed plan was in force for this period',
  intro: 'How the team saw progress on each goal at school, at the clinic and at home during this period.',
  progress: 'Progress',
  asSuggested: ' (as the data suggests)',
  chosen: (suggested) => ` (chosen by the team; the data suggested: ${suggested.toLowerCase()})`,
  goal: (number, area) => `Goal ${number}: ${area}`,
  target: 'Target',
  notFilled: 'Not filled in',
  measuredAs: 'Measured as',
  observations: (count, direction, latest) => `${count} observation${count === 1 ? '' : 's'}, ${direction}${latest === null ? '' : `, latest ${latest}`}`,
  columns: ['Date', 'Setting', 'Value', 'Recorded by', 'Note'],
  footer: (from, to) => `Progress report, ${from} to ${to}`,
  subject: 'Progress on IEP goals',
};

const plan = exportWords('es');
const where: Record<Setting, string> = { school: 'en la escuela', clinic: 'en la clínica', home: 'en casa' };

const spanish: ProgressWords = {
  language: 'es',
  date: (value) => plan.date(value, 'UTC'),
  shortDate: (value) => plan.date(value, 'UTC'),
  settings: plan.settings,
  areas: plan.goals.areas,
  kinds: { percent: 'Porcentaje de intentos', count: 'Cantidad', rating: 'Escala de calificación', minutes: 'Minutos', yes_no: 'Sí o no' },
  codes: {
    sufficient: 'Progresa lo suficiente para lograr la meta antes de la revisión anual',
    some: 'Progresa algo',
    none: 'No progresa',
    met: 'Meta lograda',
    not_introduced: 'Todavía no se ha empezado',
  },
  directions: { improving: 'mejorando', flat: 'más o menos igual', declining: 'bajando', not_enough_data: 'todavía no hay suficientes datos' },
  values: { minutes: (value) => `${value} min`, ratingOf: (value, max) => `${value} de ${max}`, yes: 'sí', no: 'no' },
  chart: (kind, from, to, described, target) => `${kind} del ${from} al ${to}, por lugar (${described}).${target === null ? '' : ` La línea discontinua es la meta, ${target}.`}`,
  chartSetting: (setting, count, latest, direction) => `${setting}: ${count} ${count === 1 ? 'dato' : 'datos'}${latest === null ? '' : `, el último ${latest}`}, ${direction}`,
  chartTarget: (value) => `Meta: ${value}`,
  narrative: {
    none: (from, to) => `No se registró ninguna observación entre el ${from} y el ${to}.`,
    counted: (from, to, count, places) => `Entre el ${from} y el ${to} se ${count === 1 ? 'registró 1 observación' : `registraron ${count} observaciones`} (${places}).`,
    trend: (parts) => `La tendencia va ${parts}.`,
    trendAt: (direction, setting) => `${direction} ${where[setting]}`,
    mixed: 'El progreso es distinto según el lugar: vale la pena hablarlo en equipo.',
    latest: (value, setting, date) => `Último dato: ${value} (${setting}, ${date}).`,
    targetMet: (value) => `Se alcanzó la meta de ${value}.`,
    target: (value) => `La meta es ${value}.`,
  },
  title: 'Informe de progreso',
  student: 'Estudiante',
  school: 'Escuela',
  notRecorded: 'No registrada',
  period: 'Período',
  periodValue: (from, to) => `Del ${from} al ${to}`,
  issued: 'Fecha del informe',
  preparedBy: 'Preparado por',
  goalsFrom: 'Metas tomadas de',
  fromVersion: (number, agreedOn) => `La versión ${number} del plan, acordada el ${agreedOn}`,
  fromDraft: 'El borrador en curso: no había un plan acordado vigente durante este período',
  intro: 'Cómo vio el equipo el progreso en cada meta en la escuela, en la clínica y en casa durante este período.',
  progress: 'Progreso',
  asSuggested: ' (según los datos)',
  chosen: (suggested) => ` (elegido por el equipo; los datos indicaban: ${suggested.toLowerCase()})`,
  goal: (number, area) => `Meta ${number}: ${area}`,
  target: 'Meta para el año',
  notFilled: 'Sin completar',
  measuredAs: 'Se mide como',
  observations: (count, direction, latest) => `${count} ${count === 1 ? 'observación' : 'observaciones'}, ${direction}${latest === null ? '' : `, la última ${latest}`}`,
  columns: ['Fecha', 'Lugar', 'Valor', 'Registrado por', 'Nota'],
  footer: (from, to) => `Informe de progreso, del ${from} al ${to}`,
  subject: 'Progreso en las metas del IEP',
};

export function progressWords(language: Language | undefined): ProgressWords {
  return language === 'es' ? spanish : english;
}
