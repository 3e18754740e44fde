import { meetingKindLabels, type MeetingKind } from './schema/vocabulary';

/**
 * The kind's label in Spanish, as the meetings card wrote it as the title of a meeting a
 * Spanish reader scheduled without naming it (test/unit/meetingTitle.test.ts holds it to the
 * catalog). Kept here rather than read from the catalog, which loads only for Spanish readers.
 */
const spanishKindLabels: Readonly<Record<MeetingKind, string>> = {
  iep_meeting: 'Reunión del IEP',
  joint_evaluation: 'Sesión de evaluación conjunta',
  check_in: 'Reunión de seguimiento',
  annual_review: 'Revisión anual',
};

/**
 * Whether a meeting's title is only its kind's name (what it gets when nobody names it), in
 * whichever language it was scheduled: such a title is shown in the reader's language.
 */
export function isKindTitle(title: string, kind: MeetingKind): boolean {
  const words = title.trim();
  return words === '' || words === meetingKindLabels[kind] || words === spanishKindLabels[kind];
}

/** A meeting's title as a reader sees it: the team's own words, or its kind in the reader's language. */
export function shownMeetingTitle(meeting: { readonly title: string; readonly kind: MeetingKind }, kindLabels: Readonly<Record<MeetingKind, string>>): string {
  return isKindTitle(meeting.title, meeting.kind) ? kindLabels[meeting.kind] : meeting.title;
}
