import { useCallback, useState } from 'react';
import type { AuditEventView, AuditPage, MemberView } from '../../shared/api';
import { listAudit, type AuditQuery } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { AuditFilters } from './AuditFilters';
import { AuditVerification } from './AuditVerification';
import { auditNames, describeAuditEvent } from './auditText';
import { formatDateTime } from './roleLabels';
import './AuditPanel.css';
import { useTranslation } from 'react-i18next';

interface OlderPages {
  readonly after: AuditPage;
  readonly events: readonly AuditEventView[];
  readonly nextCursor: string | null;
}

/** Who did what, when: every access change, disclosure and read, newest first, a page at a time. */
export function AuditPanel({ workspaceId, members }: { workspaceId: string; members: readonly MemberView[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<AuditQuery>({});
  const [firstPage, { reload }] = useApiData(() => listAudit(workspaceId, query), `${workspaceId} ${JSON.stringify(query)}`);
  const [older, setOlder] = useState<OlderPages | null>(null);
  const [busy, setBusy] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);

  const page = firstPage.status === 'ready' ? firstPage.data : null;
  // Older pages belong to the first page they continue: a refresh or new filter drops them.
  const current = older && older.after === page ? older : null;
  const nextCursor = current ? current.nextCursor : (page?.nextCursor ?? null);
  const events = page ? [...page.events, ...(current?.events ?? [])] : [];
  const names = auditNames(events, members);

  const loadOlder = useCallback(async () => {
    if (!nextCursor || !page) return;
    setBusy(true);
    setOlderError(null);
    try {
      const next = await listAudit(workspaceId, { ...query, cursor: nextCursor });
      setOlder({ after: page, events: [...(current?.events ?? []), ...next.events], nextCursor: next.nextCursor });
    } catch (error) {
      setOlderError(error);
    } finally {
      setBusy(false);
    }
  }, [nextCursor, page, workspaceId, query, current]);

  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card__intro">
        <h2 className="card__title" id="audit-title">{t('audit.title')}</h2>
        <p className="muted">
          {t('audit.lead')}
        </p>
      </div>
      <AuditFilters members={members} onApply={setQuery} />
      {firstPage.status === 'loading' && <p className="muted">{t('audit.loading')}</p>}
      {firstPage.status === 'failed' && <ProblemMessage error={firstPage.error} />}
      {page && (
        <>
          {events.length === 0 && <p className="muted">{t('audit.noMatch')}</p>}
          <ol className="audit" data-testid="audit-log">
            {events.map((event) => (
              <li key={event.id} className="audit__event">
                <time className="audit__time" dateTime={event.at}>{formatDateTime(event.at)}</time>
                <span>
                  <strong>{event.actorName ?? 'Bridgeplan'}</strong>{' '}
                  {describeAuditEvent(event, (id) => names.get(id) ?? null)}
                </span>
              </li>
            ))}
          </ol>
          <ProblemMessage error={olderError} />
          <div className="form-actions">
            {nextCursor && (
              <button type="button" className="button button--secondary" onClick={() => void loadOlder()} disabled={busy}>
                {busy ? t('audit.loadingMore') : t('audit.older')}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => void reload()}>
              {t('audit.refresh')}
            </button>
          </div>
        </>
      )}
      <AuditVerification workspaceId={workspaceId} />
    </section>
  );
}
