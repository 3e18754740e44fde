import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { es } from '../../shared/i18n/es';
import { isKindTitle, shownMeetingTitle } from '../../shared/meetingTitle';
import { meetingKinds } from '../../shared/schema/vocabulary';

describe('a meeting’s title in the reader’s language', () => {
  it('shows a title that is only the kind’s name, in either language, as the kind in the reader’s', () => {
    const spanish = es.vocabulary.meetingKind;
    expect(shownMeetingTitle({ kind: 'iep_meeting', title: 'IEP meeting' }, spanish)).toBe('Reunión del IEP');
    expect(shownMeetingTitle({ kind: 'annual_review', title: 'Revisión anual' }, en.vocabulary.meetingKind)).toBe('Annual review');
    expect(shownMeetingTitle({ kind: 'check_in', title: '' }, spanish)).toBe('Reunión de seguimiento');
    // The team's own words stay theirs.
    expect(shownMeetingTitle({ kind: 'iep_meeting', title: 'Transition planning with Maya' }, spanish)).toBe('Transition planning with Maya');
  });

  it('knows every kind’s name as the catalogs write it', () => {
    for (const kind of meetingKinds) {
      expect(isKindTitle(en.vocabulary.meetingKind[kind], kind)).toBe(true);
      expect(isKindTitle(es.vocabulary.meetingKind[kind], kind)).toBe(true);
    }
  });
});
