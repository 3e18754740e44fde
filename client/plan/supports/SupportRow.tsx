import { ItemCommentButton } from '../comments/ItemCommentButton';
import { SessionNotesLink } from '../../sessionNotes/SessionNotesLink';
import { ChevronDown, ChevronUp, CircleCheck, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { supportKinds, supportSettings, supportStatuses, type PlanDoc, type SupportSetting, type SupportView } from '../../../shared/schema';
import { AuthorLine } from '../common/AuthorLine';
import { supportSettingLabels, supportSettingPlaces } from '../common/labels';
import { MoveButtons } from '../common/MoveButtons';
import { RemoveButton } from '../common/RemoveButton';
import { PlainInput } from '../fields/PlainInput';
import { RichTextField } from '../fields/RichTextField';
import { YTextInput } from '../fields/YTextInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { supportGap } from './supportGaps';
import { SupportSchedule } from './SupportSchedule';
import { supportKindLabels, supportStatusLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

interface SupportRowProps {
  readonly plan: PlanDoc;
  readonly support: SupportView;
  readonly index: number;
  readonly count: number;
  readonly isNew: boolean;
}

/** One support across the three settings. On phones the row becomes a card (see supports.css). */
export function SupportRow({ plan, support, index, count, isNew }: SupportRowProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const [showDetails, setShowDetails] = useState(false);
  const titleText = useMemo(() => plan.supports.text(support.id, 'title'), [plan, support.id]);
  const rowRef = useRef<HTMLTableRowElement>(null);
  const name = support.title.trim() || t('planEdit.supportItem', { number: index + 1 });
  const gap = supportGap(support);
  const GapIcon = gap.level === 'none' ? CircleCheck : TriangleAlert;
  const gapId = `support-${support.id}-gap`;

  useEffect(() => {
    if (isNew) rowRef.current?.scrollIntoView({ block: 'center' });
  }, [isNew]);

  return (
    <tr ref={rowRef} className={`support-row support-row--${gap.level}`}>
      <th scope="row" className="support-row__head">
        <div className="support-row__kind">
          <label className="visually-hidden" htmlFor={`support-${support.id}-kind`}>
            {t('planEdit.kindOfSupport')}
          </label>
          <select
            id={`support-${support.id}-kind`}
            className="support-row__kind-select"
            value={support.kind}
            disabled={!canEdit}
            onChange={(event) => {
              const kind = supportKinds.find((candidate) => candidate === event.target.value);
              if (kind) plan.supports.update(support.id, { kind });
            }}
          >
            {supportKinds.map((kind) => (
              <option key={kind} value={kind}>
                {supportKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <YTextInput
          text={titleText}
          multiline
          rows={1}
          aria-label={t('planEdit.supportWhat', { number: index + 1 })}
          aria-describedby={gapId}
          placeholder={t('planEdit.supportWhatPlaceholder')}
          autoFocus={isNew && support.title === ''}
          className="support-row__title"
        />
        <p id={gapId} className={`support-gap support-gap--${gap.level}`}>
          <GapIcon size={18} aria-hidden="true" />
          {gap.text}
        </p>
        <div className="support-row__actions">
          <button
            type="button"
            className="support-row__details-toggle"
            aria-expanded={showDetails}
            onClick={() => setShowDetails((open) => !open)}
          >
            {showDetails ? <ChevronUp size={18} aria-hidden="true" /> : <ChevronDown size={18} aria-hidden="true" />}
            {showDetails ? t('planEdit.hideDetails') : t('planEdit.details')}
            <span className="visually-hidden">{t('planEdit.forName', { item: name })}</span>
          </button>
          <ItemCommentButton fieldRef={{ doc: 'plan', section: 'supports', itemId: support.id }} label={name} />
          <SessionNotesLink kind="support" id={support.id} name={name} />
          {canEdit && (
            <span className="support-row__tools">
              <MoveButtons itemName={name} index={index} count={count} onMove={(to) => plan.supports.move(support.id, to)} />
              <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeSupportQuestion', { item: name })} onConfirm={() => plan.supports.remove(support.id)} />
            </span>
          )}
        </div>
        {showDetails && (
          <div className="support-row__details">
            <RichTextField
              fragment={plan.supports.fragment(support.id, 'description')}
              label={t('planEdit.howUsed')}
              placeholder={t('planEdit.howUsedPlaceholder')}
              commentRef={{ doc: 'plan', section: 'supports', itemId: support.id, field: 'description' }}
            />
            <SupportSchedule plan={plan} support={support} />
            <AuthorLine author={support.createdBy} createdAt={support.createdAt} />
          </div>
        )}
      </th>
      {supportSettings.map((setting) => (
        <SupportCell key={setting} plan={plan} support={support} setting={setting} name={name} />
      ))}
    </tr>
  );
}

interface SupportCellProps {
  readonly plan: PlanDoc;
  readonly support: SupportView;
  readonly setting: SupportSetting;
  readonly name: string;
}

function SupportCell({ plan, support, setting, name }: SupportCellProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const use = support.use[setting];
  const place = supportSettingPlaces[setting];
  const selectId = `support-${support.id}-${setting}-status`;
  return (
    <td className={`support-cell support-cell--${use.status.replace('_', '-')}`}>
      {/* Shown only when the table is laid out as cards, where column headings are gone. */}
      <span className="support-cell__setting" aria-hidden="true">
        {supportSettingLabels[setting]}
      </span>
      <label className="visually-hidden" htmlFor={selectId}>
        {t('planEdit.cellLabel', { item: name, place })}
      </label>
      <select
        id={selectId}
        className="support-cell__status"
        value={use.status}
        disabled={!canEdit}
        onChange={(event) => {
          const status = supportStatuses.find((candidate) => candidate === event.target.value);
          if (status) plan.supports.setUse(support.id, setting, { status });
        }}
      >
        {supportStatuses.map((status) => (
          <option key={status} value={status}>
            {supportStatusLabels[status]}
          </option>
        ))}
      </select>
      {use.used &&
        (canEdit ? (
          <PlainInput
            value={use.note}
            onCommit={(note) => plan.supports.setUse(support.id, setting, { note })}
            aria-label={t('planEdit.noteOnPlace', { item: name, place })}
            placeholder={t('planEdit.addNote')}
            className="support-cell__note"
          />
        ) : (
          use.note && <p className="support-cell__note-text">{use.note}</p>
        ))}
    </td>
  );
}
