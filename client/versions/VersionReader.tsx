import { ProblemMessage } from '../components/ProblemMessage';
import { useApiData } from '../api/useApiData';
import { PlanReader } from './PlanReader';
import { getVersionPlan } from './versionsApi';
import { useTranslation } from 'react-i18next';

/** Loads a frozen version's plan and shows it read-only, dated on the clock the version froze (`timeZone`). */
export function VersionReader({ workspaceId, versionId, timeZone }: { workspaceId: string; versionId: string; timeZone: string }) {
  const { t } = useTranslation();
  const [loaded] = useApiData(() => getVersionPlan(workspaceId, versionId), `${workspaceId}/${versionId}`);
  if (loaded.status === 'loading') return <p className="muted" role="status">{t('versions.loadingVersion')}</p>;
  if (loaded.status === 'failed') return <ProblemMessage error={loaded.error} />;
  return <PlanReader plan={loaded.data.plan} meetingTeams={loaded.data.meetingTeams ?? null} timeZone={timeZone} />;
}
