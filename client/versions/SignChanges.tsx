import { useId } from 'react';
import type { VersionView } from '../../shared/api';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { ChangesList, changesSummary } from './ChangesList';
import { getChanges } from './versionsApi';

interface SignChangesProps {
  workspaceId: string;
  version: VersionView;
  /** Every version, newest first: to find what this one is compared with. */
  versions: readonly VersionView[];
}

/**
 * In the sign dialog: what this version changes since the last agreed plan. Before anything
 * is agreed, since the previous proposal, which is what the team argued about last.
 */
export function SignChanges({ workspaceId, version, versions }: SignChangesProps) {
  const titleId = useId();
  const lastAgreed = versions.find((v) => v.status === 'agreed' && v.number < version.number);
  const base = lastAgreed ?? versions.find((v) => v.number < version.number) ?? null;
  const [loaded] = useApiData(
    () => (base ? getChanges(workspaceId, version.id, { from: base.id }) : Promise.resolve(null)),
    `${workspaceId}/${version.id}/${base?.id ?? ''}`,
  );

  return (
    <section className="sign__changes" aria-labelledby={titleId}>
      <h3 id={titleId} className="sign__section-title">
        {lastAgreed || !base ? 'What changed since the last agreed plan' : 'What changed since the last proposal'}
      </h3>
      {!base && <p>This is the first version of the plan, so everything in it is new. Read it in full below before you sign.</p>}
      {base && loaded.status === 'loading' && <p className="muted">Comparing…</p>}
      {base && loaded.status === 'failed' && <ProblemMessage error={loaded.error} />}
      {base && loaded.status === 'ready' && loaded.data && (
        <>
          <p>
            {lastAgreed
              ? `Compared with version ${base.number} (${base.title}), the last agreed plan: `
              : `No plan has been agreed yet. Compared with version ${base.number} (${base.title}), the previous proposal: `}
            <strong>{changesSummary(loaded.data.changes)}</strong>
          </p>
          <ChangesList changes={loaded.data.changes} headingLevel={4} emptyText={`No changes: this version is the same as version ${base.number}.`} />
        </>
      )}
    </section>
  );
}
