import { useTranslation } from 'react-i18next';
import { useApiData } from '../api/useApiData';
import { AgreedMeetingLine } from './AgreedMeetingLine';
import { listVersions } from './versionsApi';
import './AgreedVersions.css';

/**
 * On the plan's header: which version is the agreed plan, and at which meeting it was agreed
 * ("Agreed at the annual review meeting on December 3, 2026"). Nothing while none is agreed.
 */
export function AgreedPlanLine({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [loaded] = useApiData(() => listVersions(workspaceId), `agreed-${workspaceId}`);
  const agreed = loaded.status === 'ready' ? loaded.data.find((version) => version.status === 'agreed') : undefined;
  if (!agreed) return null;
  return (
    <div className="agreed-plan" data-testid="agreed-plan">
      <p className="agreed-plan__version">{t('planRecord.agreedPlan', { number: agreed.number })}</p>
      <AgreedMeetingLine version={agreed} />
    </div>
  );
}

/** On a meeting's page: the versions of the plan agreed there, newest first. */
export function VersionsAgreedAt({ workspaceId, meetingId }: { workspaceId: string; meetingId: string }) {
  const { t } = useTranslation();
  const [loaded] = useApiData(() => listVersions(workspaceId), `agreed-at-${meetingId}`);
  if (loaded.status !== 'ready') return null;
  const here = loaded.data.filter((version) => version.status === 'agreed' && version.agreedAt?.meetingId === meetingId);
  return (
    <section className="agreed-here" aria-labelledby={`agreed-here-${meetingId}`} data-testid="versions-agreed-here">
      <h3 id={`agreed-here-${meetingId}`}>{t('planRecord.versionsAgreedHere')}</h3>
      {here.length === 0 ? (
        <p className="muted">{t('planRecord.noneAgreedHere')}</p>
      ) : (
        <ul>
          {here.map((version) => (
            <li key={version.id}>
              {t('planRecord.versionName', { number: version.number, title: version.title })}
              <AgreedMeetingLine version={version} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
