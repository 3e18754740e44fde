import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { ActionItemView, MeetingDoc } from '../../shared/schema';
import { AuthorLine } from '../plan/common/AuthorLine';
import { MoveButtons } from '../plan/common/MoveButtons';
import { RemoveButton } from '../plan/common/RemoveButton';
import { YTextInput } from '../plan/fields/YTextInput';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import { liveItemAttributes } from '../plan/live/useRemovedWhileTyping';
import type { MeetingMember } from './members';
import { useTranslation } from 'react-i18next';

/** Who does what by when: the part of a meeting that has to survive it. */
export function ActionItemsList({ meeting, members }: { meeting: MeetingDoc; members: readonly MeetingMember[] }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const items = useLive(() => meeting.actionItems.list(), meeting.actionItems);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const open = items.filter((item) => !item.done).length;

  return (
    <div className="meeting-list">
      {items.length > 0 && (
        <p className="meeting-list__summary">
          {t('meetingPage.inAll', { summary: open === 0 ? t('meetingPage.allDone') : t('meetingPage.stillToDo', { count: open }), count: items.length })}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-note">{t('meetingPage.noActions')}</p>
      ) : (
        <ol className="action-items">
          {items.map((item, index) => (
            <ActionItemCard
              key={item.id}
              meeting={meeting}
              item={item}
              index={index}
              count={items.length}
              members={members}
              autoFocus={item.id === justAdded}
            />
          ))}
        </ol>
      )}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => setJustAdded(meeting.actionItems.add({}, author))}>
          <Plus size={18} aria-hidden="true" />
          {t('meetingPage.addAction')}
        </button>
      )}
    </div>
  );
}

interface ActionItemCardProps {
  readonly meeting: MeetingDoc;
  readonly item: ActionItemView;
  readonly index: number;
  readonly count: number;
  readonly members: readonly MeetingMember[];
  readonly autoFocus: boolean;
}

function ActionItemCard({ meeting, item, index, count, members, autoFocus }: ActionItemCardProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const text = useMemo(() => meeting.actionItems.text(item.id), [meeting, item.id]);
  const name = t('meetingPage.actionItem', { number: index + 1 });
  const prefix = `action-${item.id}`;
  const ownerIsFormer = item.owner !== null && !members.some((member) => member.userId === item.owner?.userId);

  return (
    <li className={`action-item ${item.done ? 'action-item--done' : ''}`} {...liveItemAttributes(item.id, name)}>
      <div className="action-item__main">
        <label className="live-check">
          <input
            type="checkbox"
            checked={item.done}
            disabled={!canEdit}
            onChange={(event) => meeting.actionItems.update(item.id, { done: event.target.checked })}
          />
          <span className="meeting-row__state">{item.done ? t('meetingPage.done') : t('meetingPage.toDo')}</span>
          <span className="visually-hidden">: {name}</span>
        </label>
        <YTextInput text={text} multiline rows={1} aria-label={t('meetingPage.whatToDo', { item: name })} placeholder={t('meetingPage.whatToDoPlaceholder')} autoFocus={autoFocus} />
      </div>
      <div className="action-item__meta">
        <div className="live-field">
          <label className="live-field__label" htmlFor={`${prefix}-owner`}>
            {t('meetingPage.who')}
          </label>
          <select
            id={`${prefix}-owner`}
            className="text-input live-select"
            value={item.owner?.userId ?? ''}
            disabled={!canEdit}
            onChange={(event) => {
              const member = members.find((candidate) => candidate.userId === event.target.value);
              meeting.actionItems.update(item.id, { owner: member ? { userId: member.userId, name: member.displayName } : null });
            }}
          >
            <option value="">{t('meetingPage.nobodyYet')}</option>
            {members.map((member) => (
              <option key={member.userId} value={member.userId}>
                {member.displayName}
              </option>
            ))}
            {ownerIsFormer && item.owner && <option value={item.owner.userId}>{t('meetingPage.formerOwner', { name: item.owner.name })}</option>}
          </select>
        </div>
        <div className="live-field">
          <label className="live-field__label" htmlFor={`${prefix}-due`}>
            {t('meetingPage.byWhen')}
          </label>
          <input
            id={`${prefix}-due`}
            type="date"
            className="text-input live-text"
            value={item.due}
            readOnly={!canEdit}
            onChange={(event) => meeting.actionItems.update(item.id, { due: event.target.value })}
          />
        </div>
        {canEdit && (
          <div className="action-item__tools">
            <MoveButtons itemName={name} index={index} count={count} onMove={(to) => meeting.actionItems.move(item.id, to)} />
            <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeQuestion', { item: name })} onConfirm={() => meeting.actionItems.remove(item.id)} />
          </div>
        )}
      </div>
      <AuthorLine author={item.createdBy} createdAt={item.createdAt} />
    </li>
  );
}
