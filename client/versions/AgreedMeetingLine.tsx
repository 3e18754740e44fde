import type { AgreedMeetingView, VersionView } from '../../shared/api';
import { useLocale } from '../i18n/useLocale';

/**
 * "Agreed at the annual review meeting on December 3, 2026" once the version is agreed, "To be
 * agreed at…" before; nothing when no meeting is linked. The date is the meeting's day in the
 * version's own time zone, as its exports print it.
 */
export function AgreedMeetingLine({ version, className = 'muted' }: { version: VersionView; className?: string }) {
  const { t, date } = useLocale(version.timeZone);
  if (!version.agreedAt) return null;
  const meeting = t(`planRecord.meetingKinds.${version.agreedAt.kind}`);
  const key = version.status === 'agreed' ? 'planRecord.agreedAt' : 'planRecord.toBeAgreedAt';
  return (
    <p className={className} data-testid="agreed-meeting">
      {t(key, { meeting, date: date(version.agreedAt.startsAt) })}
    </p>
  );
}

export type { AgreedMeetingView };
