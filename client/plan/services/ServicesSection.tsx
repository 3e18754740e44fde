import { Plus } from 'lucide-react';
import { useState } from 'react';
import { serviceTypes, type PlanDoc, type ServicePatch, type ServiceView } from '../../../shared/schema';
import { AuthorLine } from '../common/AuthorLine';
import { MoveButtons } from '../common/MoveButtons';
import { RemoveButton } from '../common/RemoveButton';
import { PlainInput } from '../fields/PlainInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { ServicePlacementFields } from './ServicePlacementFields';
import { useApiData } from '../../api/useApiData';
import type { ServiceLogView } from '../../../shared/scheduleApi';
import { DeliveredMinutes } from '../../serviceLog/DeliveredMinutes';
import { getServiceLog } from '../../serviceLog/serviceLogApi';
import './services.css';
import { serviceTypeLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** Services as a table on wide screens and as stacked cards on phones (same markup, see CSS). */
export function ServicesSection({ plan, workspaceId }: { plan: PlanDoc; workspaceId: string }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const services = useLive(() => plan.services.list(), plan.services);
  // What was delivered is extra: offline or refused, the services still show.
  const [log] = useApiData(() => getServiceLog(workspaceId), `${workspaceId}:service-log`);
  const totals = log.status === 'ready' ? log.data.totals : [];
  const [justAdded, setJustAdded] = useState<string | null>(null);

  return (
    <div className="services">
      {services.length === 0 ? (
        <p className="empty-note">{t('planEdit.noServices')}</p>
      ) : (
        <table className="services-table">
          <caption className="visually-hidden">{t('planEdit.services')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planEdit.serviceWho')}</th>
              <th scope="col">{t('planEdit.serviceWhen')}</th>
              <th scope="col">{t('planEdit.serviceWhere')}</th>
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t('planEdit.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {services.map((service, index) => (
              <ServiceRow
                key={service.id}
                plan={plan}
                service={service}
                index={index}
                count={services.length}
                isNew={service.id === justAdded}
                workspaceId={workspaceId}
                totals={totals.find((t) => t.serviceId === service.id)}
              />
            ))}
          </tbody>
        </table>
      )}
      {canEdit && (
        <button
          type="button"
          className="button button--secondary add-button"
          onClick={() => setJustAdded(plan.services.add({ type: 'ot' }, author))}
        >
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.addService')}
        </button>
      )}
    </div>
  );
}

interface ServiceRowProps {
  readonly plan: PlanDoc;
  readonly service: ServiceView;
  readonly index: number;
  readonly count: number;
  readonly isNew: boolean;
  readonly workspaceId: string;
  readonly totals: ServiceLogView['totals'][number] | undefined;
}

function ServiceRow({ plan, service, index, count, isNew, workspaceId, totals }: ServiceRowProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const prefix = `service-${service.id}`;
  const name = t('planEdit.serviceItem', { type: serviceTypeLabels[service.type], number: index + 1 });
  const update = (patch: ServicePatch) => plan.services.update(service.id, patch);
  const text = (field: 'provider' | 'frequency' | 'duration' | 'location', label: string, placeholder: string) => (
    <div className="service-field">
      <label className="service-field__label" htmlFor={`${prefix}-${field}`}>
        {label}
        <span className="visually-hidden">{t('planEdit.forItem', { item: name })}</span>
      </label>
      <PlainInput
        id={`${prefix}-${field}`}
        value={service[field]}
        placeholder={canEdit ? placeholder : ''}
        onCommit={(value) => update({ [field]: value })}
      />
    </div>
  );

  return (
    <tr className="service-row">
      <td>
        <div className="service-field">
          <label className="service-field__label" htmlFor={`${prefix}-type`}>
            {t('planEdit.service')}<span className="visually-hidden"> {index + 1}</span>
          </label>
          <select
            id={`${prefix}-type`}
            className="text-input live-select"
            value={service.type}
            disabled={!canEdit}
            autoFocus={isNew}
            onChange={(event) => {
              const type = serviceTypes.find((candidate) => candidate === event.target.value);
              if (type) update({ type });
            }}
          >
            {serviceTypes.map((type) => (
              <option key={type} value={type}>
                {serviceTypeLabels[type]}
              </option>
            ))}
          </select>
        </div>
        {text('provider', t('planEdit.provider'), t('planEdit.providerPlaceholder'))}
      </td>
      <td>
        {text('frequency', t('planEdit.frequency'), t('planEdit.frequencyPlaceholder'))}
        {text('duration', t('planEdit.duration'), t('planEdit.durationPlaceholder'))}
        <ServicePlacementFields plan={plan} service={service} prefix={prefix} name={name} />
        <DeliveredMinutes workspaceId={workspaceId} totals={totals} />
      </td>
      <td>
        {text('location', t('planEdit.location'), t('planEdit.locationPlaceholder'))}
        <div className="service-field">
          <label className="service-field__label" htmlFor={`${prefix}-start`}>
            {t('planEdit.starts')}<span className="visually-hidden">{t('planEdit.forItem', { item: name })}</span>
          </label>
          <input
            id={`${prefix}-start`}
            type="date"
            className="text-input live-text"
            value={service.startDate}
            readOnly={!canEdit}
            onChange={(event) => update({ startDate: event.target.value })}
          />
        </div>
      </td>
      {canEdit && (
        <td className="service-row__tools">
          <MoveButtons itemName={name} index={index} count={count} onMove={(to) => plan.services.move(service.id, to)} />
          <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeQuestion', { item: name })} onConfirm={() => plan.services.remove(service.id)} />
        </td>
      )}
      <td className="service-row__author">
        <AuthorLine author={service.createdBy} createdAt={service.createdAt} />
      </td>
    </tr>
  );
}
