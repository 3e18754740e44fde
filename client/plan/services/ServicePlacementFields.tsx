import { serviceSettings, type PlanDoc, type ServiceView } from '../../../shared/schema';
import { PlainInput } from '../fields/PlainInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { serviceSettingLabels } from '../../i18n/vocabulary';

/**
 * Minutes a week and whether the service is delivered inside or outside the general education
 * class: what the plan adds up for placement (34 CFR 300.320(a)(5)).
 */
export function ServicePlacementFields({ plan, service, prefix, name }: { plan: PlanDoc; service: ServiceView; prefix: string; name: string }) {
  const { canEdit } = useLiveDoc();
  return (
    <>
      <div className="service-field">
        <label className="service-field__label" htmlFor={`${prefix}-minutes`}>
          Minutes a week<span className="visually-hidden"> ({name})</span>
        </label>
        <PlainInput
          id={`${prefix}-minutes`}
          inputMode="numeric"
          value={service.minutesPerWeek === null ? '' : String(service.minutesPerWeek)}
          placeholder={canEdit ? 'e.g. 60' : ''}
          onCommit={(value) => {
            const minutes = Number(value.trim());
            plan.services.update(service.id, { minutesPerWeek: value.trim() === '' || !Number.isFinite(minutes) ? null : minutes });
          }}
        />
      </div>
      <div className="service-field">
        <label className="service-field__label" htmlFor={`${prefix}-setting`}>
          Inside or outside the general class<span className="visually-hidden"> ({name})</span>
        </label>
        <select
          id={`${prefix}-setting`}
          className="text-input live-select"
          value={service.setting ?? ''}
          disabled={!canEdit}
          onChange={(event) => {
            const setting = serviceSettings.find((candidate) => candidate === event.target.value);
            if (setting) plan.services.update(service.id, { setting });
          }}
        >
          {service.setting === null && <option value="">Choose…</option>}
          {serviceSettings.map((setting) => (
            <option key={setting} value={setting}>
              {serviceSettingLabels[setting]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
