import type { MeetingKind } from '../../shared/schema/vocabulary';
import { shownMeetingTitle } from '../../shared/meetingTitle';
import { meetingKindLabels } from '../i18n/vocabulary';

/** A meeting's title on screen: the team's words, or its kind in the reader's language. */
export const meetingTitleOf = (meeting: { readonly title: string; readonly kind: MeetingKind }): string => shownMeetingTitle(meeting, meetingKindLabels);
