import { useTranslation } from 'react-i18next';
import { formatDay } from './versionText';
import { Check, Minus } from 'lucide-react';
import { type SupportUse, type SupportView } from '../../shared/schema';
import { supportSettings, type SupportSetting } from '../../shared/schema/vocabulary';
import { RichText } from './RichText';
import { supportKindLabels, supportStatusLabels } from '../i18n/vocabulary';
import { supportSettingLabels } from '../plan/common/labels';

const settingHeadings = supportSettingLabels;

/**
 * Supports by setting: one row per support, one column per place, so the team sees at a
 * glance where a support is (not) used. Each cell says "Used" or "Not used" in words. A phone
 * is too narrow for four columns, so there the same facts are a list per support; CSS shows
 * one or the other (display: none also hides the other from screen readers).
 */
export function SupportsTable({ supports }: { supports: readonly SupportView[] }) {
  const { t } = useTranslation();
  if (supports.length === 0) return <p className="reader__empty">{t('versions.noSupports')}</p>;
  return (
    <>
      <WideTable supports={supports} />
      <ul className="reader__support-cards">
        {supports.map((support) => (
          <li key={support.id} className="reader__item">
            <p className="reader__support-title">{support.title || supportKindLabels[support.kind]}</p>
            <span className="reader__tag">{supportKindLabels[support.kind]}</span>
            <RichText node={support.description} headingLevel={5} empty="" />
            <SupportSchedule support={support} />
            <dl className="reader__fields">
              {supportSettings.map((setting) => (
                <div key={setting} className="reader__field">
                  <dt>{settingHeadings[setting]}</dt>
                  <dd><Use use={support.use[setting]} /></dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}

const scheduleFields = ['startDate', 'frequency', 'location', 'duration'] as const;

/** When, how often, where and how long (300.320(a)(7)); only what the team filled in. */
function SupportSchedule({ support }: { support: SupportView }) {
  const { t } = useTranslation();
  const filled = scheduleFields.filter((field) => support[field].trim() !== '');
  if (filled.length === 0) return null;
  return (
    <p className="reader__note" data-testid="support-schedule">
      {filled.map((field) => `${t(`planRecord.supportSchedule.${field}`)}: ${field === 'startDate' ? formatDay(support[field]) : support[field]}`).join(' · ')}
    </p>
  );
}

function Use({ use }: { use: SupportUse }) {
  return (
    <>
      <span className={use.used ? 'reader__used' : 'reader__unused'}>
        {use.used ? <Check size={18} aria-hidden="true" /> : <Minus size={18} aria-hidden="true" />}
        {supportStatusLabels[use.status]}
      </span>
      {use.note && <span className="reader__note">{use.note}</span>}
    </>
  );
}

function WideTable({ supports }: { supports: readonly SupportView[] }) {
  const { t } = useTranslation();
  return (
    <div className="reader__table-wrap" role="region" aria-label={t('versions.supportsBySetting')} tabIndex={0}>
      <table className="reader__table">
        <caption className="visually-hidden">{t('versions.supportsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.support')}</th>
            {supportSettings.map((setting) => (
              <th key={setting} scope="col">{settingHeadings[setting]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {supports.map((support) => (
            <tr key={support.id}>
              <th scope="row">
                <span className="reader__support-title">{support.title || supportKindLabels[support.kind]}</span>
                <span className="reader__tag">{supportKindLabels[support.kind]}</span>
                <RichText node={support.description} headingLevel={5} empty="" />
                <SupportSchedule support={support} />
              </th>
              {supportSettings.map((setting) => (
                <td key={setting}><Use use={support.use[setting]} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
