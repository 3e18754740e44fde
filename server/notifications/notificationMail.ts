import { notificationKindLabels, type NotificationKind } from '../../shared/notifications';
import { defaultLanguage, type Language } from '../../shared/i18n/languages';
import type { MailMessage } from '../mail/Mailer';
import type { DigestItem } from './NotificationRepository';

/**
 * Notification mail says who did what and links to it, but carries no child's name, no school
 * and no comment text: mail passes through servers the school does not control. The words are
 * read after signing in. Each mail is written in its reader's language.
 */
export interface NotificationEvent {
  readonly kind: NotificationKind;
  /**
   * One line, e.g. "Dana Park mentioned you in a comment on a plan.", in every language (each
   * recipient reads their own), or one string where the line has no translation yet.
   */
  readonly line: string | Readonly<Record<Language, string>>;
  /** Absolute link to where it happened. */
  readonly link: string;
}

/** The event's line in a reader's language. */
export function lineFor(event: NotificationEvent, language: Language): string {
  return typeof event.line === 'string' ? event.line : event.line[language];
}

interface NotificationWords {
  readonly subjects: Readonly<Record<NotificationKind, string>>;
  readonly kinds: Readonly<Record<NotificationKind, string>>;
  readonly because: (kind: string) => string;
  readonly stop: (url: string) => string;
  readonly choose: (url: string) => string;
  readonly open: (url: string) => string;
  readonly digestSubject: (count: number) => string;
  readonly since: string;
  readonly stopKind: (kind: string, url: string) => string;
}

const words: Readonly<Record<Language, NotificationWords>> = {
  en: {
    subjects: {
      mention: 'You were mentioned in a comment',
      reply: 'A reply in a conversation you take part in',
      signature_requested: 'Your signature is asked for',
      version_agreed: 'A version of a plan was agreed',
      consent_changed: 'Consent to share changed',
      meeting_scheduled: 'A meeting was scheduled or moved',
      meeting_tomorrow: 'Reminder: a meeting tomorrow',
      session_today: 'Reminder: sessions today',
      plan_date_due: 'Reminder: a plan date is coming',
      missed_session: 'A missed session has no make-up yet',
    },
    kinds: notificationKindLabels,
    because: (kind) => `You get this mail because of your Bridgeplan setting “${kind}”.`,
    stop: (url) => `Stop these mails (no sign-in needed): ${url}`,
    choose: (url) => `Choose what reaches you, and when: ${url}`,
    open: (url) => `Open it: ${url}`,
    digestSubject: (count) => (count === 1 ? 'Your Bridgeplan digest: 1 new item' : `Your Bridgeplan digest: ${count} new items`),
    since: 'Since your last digest:',
    stopKind: (kind, url) => `Stop mails for “${kind}”: ${url}`,
  },
  es: {
    subjects: {
      mention: 'Lo mencionaron en un comentario',
      reply: 'Una respuesta en una conversación en la que participa',
      signature_requested: 'Se pide su firma',
      version_agreed: 'Se acordó una versión de un plan',
      consent_changed: 'Cambió el consentimiento para compartir',
      meeting_scheduled: 'Se programó o cambió una reunión',
      meeting_tomorrow: 'Recordatorio: una reunión mañana',
      session_today: 'Recordatorio: sesiones de hoy',
      plan_date_due: 'Recordatorio: se acerca una fecha del plan',
      missed_session: 'Una sesión perdida aún no tiene reposición',
    },
    kinds: {
      mention: 'Alguien me menciona en un comentario',
      reply: 'Alguien responde en una conversación en la que participo',
      signature_requested: 'Se pide mi firma',
      version_agreed: 'Se acuerda una versión del plan',
      consent_changed: 'Cambia el consentimiento para compartir',
      meeting_scheduled: 'Se programa o cambia una reunión',
      meeting_tomorrow: 'Recordatorio: una reunión es mañana',
      session_today: 'Recordatorio: mis sesiones de hoy',
      plan_date_due: 'Recordatorio: se acerca una fecha del plan (revisión, reevaluación, informe de progreso)',
      missed_session: 'Una sesión perdida aún no tiene reposición',
    },
    because: (kind) => `Recibe este correo por su configuración de Bridgeplan “${kind}”.`,
    stop: (url) => `Dejar de recibir estos correos (sin iniciar sesión): ${url}`,
    choose: (url) => `Elija qué le llega y cuándo: ${url}`,
    open: (url) => `Ábralo: ${url}`,
    digestSubject: (count) => (count === 1 ? 'Su resumen de Bridgeplan: 1 novedad' : `Su resumen de Bridgeplan: ${count} novedades`),
    since: 'Desde su último resumen:',
    stopKind: (kind, url) => `Dejar de recibir correos de “${kind}”: ${url}`,
  },
};

function footer(unsubscribeUrl: string, settingsUrl: string, kind: NotificationKind, language: Language): string {
  const w = words[language];
  return ['', '--', w.because(w.kinds[kind]), w.stop(unsubscribeUrl), w.choose(settingsUrl)].join('\n');
}

function unsubscribeHeaders(unsubscribeApiUrl: string): Record<string, string> {
  // RFC 8058 one-click: the mail client POSTs to this address without opening a page.
  return { 'List-Unsubscribe': `<${unsubscribeApiUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export interface UnsubscribeUrls {
  /** The page a person opens from the mail body. */
  readonly page: string;
  /** The API address a mail client posts to. */
  readonly api: string;
}

export function immediateMail(to: string, event: NotificationEvent, urls: UnsubscribeUrls, settingsUrl: string, language: Language = defaultLanguage): MailMessage {
  return {
    to,
    subject: words[language].subjects[event.kind],
    text: [lineFor(event, language), '', words[language].open(event.link), footer(urls.page, settingsUrl, event.kind, language)].join('\n'),
    headers: unsubscribeHeaders(urls.api),
  };
}

/** Digest lines were put in the reader's language when queued. */
export function digestMail(
  to: string,
  items: readonly DigestItem[],
  urlsByKind: (kind: NotificationKind) => UnsubscribeUrls,
  settingsUrl: string,
  language: Language = defaultLanguage,
): MailMessage {
  const w = words[language];
  const lines = items.map((item) => `- ${item.line}\n  ${item.link}`);
  const kinds = [...new Set(items.map((item) => item.kind))];
  const stops = kinds.map((kind) => w.stopKind(w.kinds[kind], urlsByKind(kind).page));
  return {
    to,
    subject: w.digestSubject(items.length),
    text: [w.since, '', ...lines, '', '--', ...stops, w.choose(settingsUrl)].join('\n'),
  };
}
