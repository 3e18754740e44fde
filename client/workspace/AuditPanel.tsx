import type { MemberView } from '../../shared/api';
import { listAudit } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { auditNames, describeAuditEvent } from './auditText';
import { formatDateTime } from './roleLabels';
import './AuditPanel.css';

/** Who did what, when: every access change and disclosure, newest first. */
export function AuditPanel({ workspaceId, members }: { workspaceId: string; members: readonly MemberView[] }) {
  const [events, { reload }] = useApiData(() => listAudit(workspaceId), workspaceId);
  const names = auditNames(events.status === 'ready' ? events.data : [], members);

  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card__intro">
        <h2 className="card__title" id="audit-title">Activity log</h2>
        <p className="muted">
          Every time someone joins, leaves, changes a role, gives or withdraws consent, or opens the plan.
          Entries cannot be changed or deleted. Only the case manager sees this log.
        </p>
      </div>
      {events.status === 'loading' && <p className="muted">Loading the log…</p>}
      {events.status === 'failed' && <ProblemMessage error={events.error} />}
      {events.status === 'ready' && (
        <>
          <ol className="audit" data-testid="audit-log">
            {events.data.map((event) => {
              return (
                <li key={event.id} className="audit__event">
                  <time className="audit__time" dateTime={event.at}>{formatDateTime(event.at)}</time>
                  <span>
                    <strong>{event.actorName ?? 'Bridgeplan'}</strong>{' '}
                    {describeAuditEvent(event, (id) => names.get(id) ?? null)}
                  </span>
                </li>
              );
            })}
          </ol>
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={() => void reload()}>
              Refresh
            </button>
          </div>
        </>
      )}
    </section>
  );
}
