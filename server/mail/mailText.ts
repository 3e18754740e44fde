import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import type { Role } from '../../shared/roles';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';

/**
 * The words of account and invitation mail in each language. A mail goes out in its reader's
 * language: their account's, or for an invitation the one the inviter chose for them.
 */
interface MailText {
  verification: { subject: string; lines: (link: string) => string[] };
  reset: { subject: string; lines: (link: string) => string[] };
  invitation: {
    subject: (inviter: string) => string;
    lines: (input: { inviter: string; role: string; link: string; to: string; expires: string }) => string[];
  };
}

const mailText: Record<Language, MailText> = {
  en: {
    verification: {
      subject: 'Confirm your email for Bridgeplan',
      lines: (link) => [
        'Someone, probably you, created a Bridgeplan account with this email address.',
        '',
        `Open this link to confirm it is yours: ${link}`,
        '',
        'The link works once and expires in 24 hours. Until you confirm, you cannot join a student’s team.',
        'If this was not you, ignore this message: nothing happens without the link.',
      ],
    },
    reset: {
      subject: 'Reset your Bridgeplan password',
      lines: (link) => [
        'Someone asked to reset the password of the Bridgeplan account with this email address.',
        '',
        `Open this link to choose a new password: ${link}`,
        '',
        'The link works once and expires in one hour. Choosing a new password signs you out everywhere.',
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ],
    },
    invitation: {
      subject: (inviter) => `${inviter} invited you to a student's team on Bridgeplan`,
      lines: ({ inviter, role, link, to, expires }) => [
        `${inviter} invited you to join a student's team on Bridgeplan as ${role}.`,
        '',
        `Open this link to accept: ${link}`,
        '',
        `The link works once, only for ${to}, and expires on ${expires}.`,
        'If you did not expect this, you can ignore this message.',
      ],
    },
  },
  es: {
    verification: {
      subject: 'Confirme su correo electrónico para Bridgeplan',
      lines: (link) => [
        'Alguien, probablemente usted, creó una cuenta de Bridgeplan con esta dirección de correo.',
        '',
        `Abra este enlace para confirmar que es suya: ${link}`,
        '',
        'El enlace funciona una sola vez y vence en 24 horas. Hasta que confirme, no puede unirse al equipo de un estudiante.',
        'Si no fue usted, ignore este mensaje: no pasa nada sin el enlace.',
      ],
    },
    reset: {
      subject: 'Cambie su contraseña de Bridgeplan',
      lines: (link) => [
        'Alguien pidió cambiar la contraseña de la cuenta de Bridgeplan con esta dirección de correo.',
        '',
        `Abra este enlace para elegir una nueva contraseña: ${link}`,
        '',
        'El enlace funciona una sola vez y vence en una hora. Al elegir una nueva contraseña se cierra su sesión en todas partes.',
        'Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.',
      ],
    },
    invitation: {
      subject: (inviter) => `${inviter} lo invitó al equipo de un estudiante en Bridgeplan`,
      lines: ({ inviter, role, link, to, expires }) => [
        `${inviter} lo invitó a unirse al equipo de un estudiante en Bridgeplan como ${role}.`,
        '',
        `Abra este enlace para aceptar: ${link}`,
        '',
        `El enlace funciona una sola vez, solo para ${to}, y vence el ${expires}.`,
        'Si no esperaba este mensaje, puede ignorarlo.',
      ],
    },
  },
};

const roleNames = { en: en.roles, es: es.roles };

export interface MailContent {
  readonly subject: string;
  readonly text: string;
}

export function verificationText(language: Language, link: string): MailContent {
  const text = mailText[language].verification;
  return { subject: text.subject, text: text.lines(link).join('\n') };
}

export function resetText(language: Language, link: string): MailContent {
  const text = mailText[language].reset;
  return { subject: text.subject, text: text.lines(link).join('\n') };
}

/** Expiry on the team's clock (UTC when none is given), with the zone named so no reader is misled. */
export function invitationText(language: Language, input: { inviter: string; role: Role; link: string; to: string; expiresAt: string; timeZone?: string }): MailContent {
  const text = mailText[language].invitation;
  return {
    subject: text.subject(input.inviter),
    text: text
      .lines({ ...input, role: roleNames[language][input.role].asRole, expires: formatDateTime(language, input.timeZone ?? 'UTC', input.expiresAt) })
      .join('\n'),
  };
}
