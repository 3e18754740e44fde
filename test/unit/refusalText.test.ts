import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusalText } from '../../client/api/refusalText';
import type { Translate } from '../../client/i18n/completenessText';
import { catalogs } from '../../shared/i18n/catalogs';
import { languages } from '../../shared/i18n/languages';

describe('refusalText', () => {
  const i18n = createInstance();
  beforeAll(async () => {
    await i18n.init({
      resources: Object.fromEntries(languages.map((language) => [language, { translation: catalogs[language] }])),
      lng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  });
  const say = (language: string, refusal: Parameters<typeof refusalText>[0]) => refusalText(refusal, language, i18n.getFixedT(language) as unknown as Translate);

  const otherEmail = {
    id: 'invitation_other_email',
    message: 'This invitation is for ana@example.org. Sign in with that email to accept it.',
    facts: { email: 'ana@example.org' },
  };

  it('says a refusal in Spanish with the facts the server sent', () => {
    expect(say('es', otherEmail)).toBe('Esta invitación es para ana@example.org. Inicie sesión con ese correo para aceptarla.');
    expect(say('es', { id: 'signers_frozen', message: 'Someone has already signed this version, so who must sign can no longer change.', facts: {} })).toBe(
      'Alguien ya firmó esta versión, así que ya no se puede cambiar quién debe firmar.',
    );
  });

  it('keeps the server’s English for English readers, for ids the catalog does not know, and when a fact is missing', () => {
    expect(say('en', otherEmail)).toBe(otherEmail.message);
    expect(say('es', { id: 'something_new', message: 'Something new went wrong.', facts: {} })).toBe('Something new went wrong.');
    expect(say('es', { ...otherEmail, facts: {} })).toBe(otherEmail.message);
  });
});
