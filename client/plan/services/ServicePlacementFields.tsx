import { serviceSettings, type PlanDoc, type ServiceView } from '../../../shared/schema';
import { PlainInput } from '../fields/PlainInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { serviceSettingLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/**
 * Minutes a week and whether the service is delivered inside or outside the general education
 * class: what the plan adds up for placement (34 CFR 300.320(a)(5)).
 */
export function ServicePlacementFields({ plan, service, prefix, name }: { plan: PlanDoc; service: ServiceView; prefix: string; name: string }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  return (
    <>
      <div className="service-field">
        <label className="service-field__label" htmlFor={`${prefix}-minutes`}>
          {t('planEdit.minutesWeek')}<span className="visually-hidden">{t('planEdit.forItem', { item: name })}</span>
        </label>
        <PlainInput
          id={`${prefix}-minutes`}
          inputMode="numeric"
          value={service.minutesPerWeek === null ? '' : String(service.minutesPerWeek)}
          placeholder={canEdit ? t('planEdit.minutesPlaceholder') : ''}
          onCommit={(value) => {
            const minutes = Number(value.trim());
            plan.services.update(service.id, { minutesPerWeek: value.trim() === '' || !Number.isFinite(minutes) ? null : minutes });
          }}
        />
      </div>
      <div className="service-field">
        <label className="service-field__label" htmlFor={`${prefix}-setting`}>
          {t('planEdit.insideOutside')}<span className="visually-hidden">{t('planEdit.forItem', { item: name })}</span>
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
          {service.setting === null && <option value="">{t('planEdit.choose')}</option>}
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
