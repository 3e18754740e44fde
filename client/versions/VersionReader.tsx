import { ProblemMessage } from '../components/ProblemMessage';
import { useApiData } from '../api/useApiData';
import { PlanReader } from './PlanReader';
import { getVersionPlan } from './versionsApi';

/** Loads a frozen version's plan and shows it read-only. */
export function VersionReader({ workspaceId, versionId }: { workspaceId: string; versionId: string }) {
  const [loaded] = useApiData(() => getVersionPlan(workspaceId, versionId), `${workspaceId}/${versionId}`);
  if (loaded.status === 'loading') return <p className="muted" role="status">Loading the version…</p>;
  if (loaded.status === 'failed') return <ProblemMessage error={loaded.error} />;
  return <PlanReader plan={loaded.data.plan} meetingTeams={loaded.data.meetingTeams ?? null} />;
}
