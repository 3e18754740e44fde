import { Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { supportKinds, supportSettings, type PlanDoc, type SupportKind } from '../../../shared/schema';
import { supportSettingLabels } from '../common/labels';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { SupportRow } from './SupportRow';
import { supportGap } from './supportGaps';
import './supports.css';
import { supportKindLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/**
 * The supports-by-setting matrix: one row per support, one column per place. A gap (a
 * support used in one place but not another) is marked in the cell and summed up on the row.
 */
export function SupportsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const supports = useLive(() => plan.supports.list(), plan.supports);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const gaps = supports.filter((support) => supportGap(support).level !== 'none').length;

  return (
    <div className="supports">
      {supports.length > 0 && (
        <p className="supports__summary">
          {gaps === 0
            ? t('planEdit.allSupportsUsed', { count: supports.length })
            : supports.length === 1
              ? t('planEdit.supportGapOnly')
              : t('planEdit.supportGaps', { count: gaps, total: supports.length })}
        </p>
      )}
      {supports.length === 0 ? (
        <p className="empty-note">{t('planEdit.noSupports')}</p>
      ) : (
        <table className="support-matrix">
          <caption className="visually-hidden">{t('planEdit.supportsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planEdit.support')}</th>
              {supportSettings.map((setting) => (
                <th key={setting} scope="col">
                  {supportSettingLabels[setting]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {supports.map((support, index) => (
              <SupportRow
                key={support.id}
                plan={plan}
                support={support}
                index={index}
                count={supports.length}
                isNew={support.id === justAdded}
              />
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <AddSupport onAdd={(kind, title) => setJustAdded(plan.supports.add({ kind, title }, author))} />}
    </div>
  );
}

function AddSupport({ onAdd }: { onAdd: (kind: SupportKind, title: string) => void }) {
  const kindId = useId();
  const { t } = useTranslation();
  const titleId = useId();
  const [kind, setKind] = useState<SupportKind>('accommodation');
  const [title, setTitle] = useState('');
  return (
    <form
      className="supports__add"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(kind, title.trim());
        setTitle('');
      }}
    >
      <p className="live-field__label">{t('planEdit.addASupport')}</p>
      <div className="supports__add-row">
        <div className="live-field">
          <label htmlFor={kindId} className="supports__add-label">
            {t('planEdit.kind')}
          </label>
          <select
            id={kindId}
            className="text-input live-select"
            value={kind}
            onChange={(event) => setKind(supportKinds.find((candidate) => candidate === event.target.value) ?? 'accommodation')}
          >
            {supportKinds.map((candidate) => (
              <option key={candidate} value={candidate}>
                {supportKindLabels[candidate]}
              </option>
            ))}
          </select>
        </div>
        <div className="live-field supports__add-title">
          <label htmlFor={titleId} className="supports__add-label">
            {t('planEdit.whatItIs')}
          </label>
          <input
            id={titleId}
            className="text-input"
            value={title}
            placeholder={t('planEdit.supportPlaceholder')}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary supports__add-button">
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.addSupport')}
        </button>
      </div>
    </form>
  );
}
