import { ItemCommentButton } from '../comments/ItemCommentButton';
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
  const [showDetails, setShowDetails] = useState(false);
  const titleText = useMemo(() => plan.supports.text(support.id, 'title'), [plan, support.id]);
  const rowRef = useRef<HTMLTableRowElement>(null);
  const name = support.title.trim() || `support ${index + 1}`;
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
            Kind of support
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
          aria-label={`Support ${index + 1}, what it is`}
          aria-describedby={gapId}
          placeholder="What the support is"
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
            {showDetails ? 'Hide details' : 'Details'}
            <span className="visually-hidden"> for {name}</span>
          </button>
          <ItemCommentButton fieldRef={{ doc: 'plan', section: 'supports', itemId: support.id }} label={name} />
          {canEdit && (
            <span className="support-row__tools">
              <MoveButtons itemName={name} index={index} count={count} onMove={(to) => plan.supports.move(support.id, to)} />
              <RemoveButton label={`Remove ${name}`} question={`Remove “${name}” from every setting?`} onConfirm={() => plan.supports.remove(support.id)} />
            </span>
          )}
        </div>
        {showDetails && (
          <div className="support-row__details">
            <RichTextField
              fragment={plan.supports.fragment(support.id, 'description')}
              label="How it is used"
              placeholder="What it looks like in practice."
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
        {name}, {place}
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
            aria-label={`Note on ${name} ${place}`}
            placeholder="Add a note"
            className="support-cell__note"
          />
        ) : (
          use.note && <p className="support-cell__note-text">{use.note}</p>
        ))}
    </td>
  );
}
