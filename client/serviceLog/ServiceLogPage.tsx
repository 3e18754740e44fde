import { ArrowLeft } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView, WorkspaceSummary } from '../../shared/api';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { mayRecordServiceLog } from '../../shared/serviceLog';
import { openWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { LogSessionForm } from './LogSessionForm';
import { getServiceLog } from './serviceLogApi';
import { ServiceTotalsCard } from './ServiceTotalsCard';
import './serviceLog.css';

/** `/w/<id>/services`: the service delivery log of one student's plan. */
export function ServiceLogPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const { t } = useTranslation();
  const [workspace] = useApiData(() => openWorkspace(workspaceId), workspaceId);
  return (
    <AppPage title={t('scheduleMore.serviceLog.tabTitle')} user={user} busy={workspace.status === 'loading'}>
      <AppLink to={paths.workspace(workspaceId)} className="back-link">
        <ArrowLeft size={18} aria-hidden="true" /> {t('scheduleMore.serviceLog.back')}
      </AppLink>
      <div className="page-intro">
        <h1 className="page-title">{t('scheduleMore.serviceLog.title')}</h1>
        <p className="page-lead">{t('scheduleMore.serviceLog.lead')}</p>
      </div>
      {workspace.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {workspace.status === 'failed' && <ProblemMessage error={workspace.error} />}
      {workspace.status === 'ready' && <ServiceLog workspace={workspace.data} />}
    </AppPage>
  );
}

function ServiceLog({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation();
  const today = todayIn(workspace.timeZone);
  // The default period is the last four weeks, as the API's.
  const [period, setPeriod] = useState({ from: addDays(today, -27), to: today });
  const [log, { reload }] = useApiData(() => getServiceLog(workspace.id, period), `${workspace.id}:${period.from}:${period.to}`);

  return (
    <>
      <fieldset className="service-log__period">
        <legend>{t('scheduleMore.serviceLog.period')}</legend>
        <label>
          {t('scheduleMore.serviceLog.from')}
          <input className="text-input" type="date" value={period.from} max={period.to} onChange={(event) => event.target.value && setPeriod({ ...period, from: event.target.value })} />
        </label>
        <label>
          {t('scheduleMore.serviceLog.to')}
          <input className="text-input" type="date" value={period.to} min={period.from} onChange={(event) => event.target.value && setPeriod({ ...period, to: event.target.value })} />
        </label>
      </fieldset>
      {log.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {log.status === 'failed' && <ProblemMessage error={log.error} />}
      {log.status === 'ready' && (
        <>
          {log.data.totals.length === 0 && <p className="muted">{t('scheduleMore.serviceLog.noServices')}</p>}
          {mayRecordServiceLog(workspace.role) && log.data.totals.length > 0 && (
            <LogSessionForm workspaceId={workspace.id} today={today} totals={log.data.totals} onLogged={() => void reload()} />
          )}
          {log.data.totals.map((totals) => (
            <ServiceTotalsCard key={totals.serviceId} totals={totals} all={log.data.totals} entries={log.data.entries.filter((entry) => entry.serviceId === totals.serviceId).slice().reverse()} />
          ))}
        </>
      )}
    </>
  );
}
