import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../shared/api';
import { agreedMeetingOf, defaultAgreementMeeting } from '../../shared/agreedMeeting';

const meeting = (id: string, startsAt: string): MeetingSummary => ({ id, kind: 'iep_meeting', title: id, startsAt, docName: `w/meeting/${id}` });

describe('the meeting a version is agreed at by default', () => {
  const now = '2026-12-03T16:30:00.000Z';

  it('is the meeting in progress, else the most recent one that has started', () => {
    const meetings = [meeting('october', '2026-10-01T15:00:00.000Z'), meeting('today', '2026-12-03T16:00:00.000Z'), meeting('spring', '2027-03-01T15:00:00.000Z')];
    expect(defaultAgreementMeeting(meetings, now)?.id).toBe('today');
    expect(defaultAgreementMeeting(meetings.filter((m) => m.id !== 'today'), now)?.id).toBe('october');
  });

  it('is none when every meeting is still to come', () => {
    expect(defaultAgreementMeeting([meeting('spring', '2027-03-01T15:00:00.000Z')], now)).toBeNull();
    expect(defaultAgreementMeeting([], now)).toBeNull();
  });

  it('keeps what names the meeting, not its document', () => {
    expect(agreedMeetingOf(meeting('today', '2026-12-03T16:00:00.000Z'))).toEqual({ meetingId: 'today', kind: 'iep_meeting', title: 'today', startsAt: '2026-12-03T16:00:00.000Z' });
  });
});
