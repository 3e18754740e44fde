import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { AgendaItemView, MeetingDoc } from '../../shared/schema';
import { MoveButtons } from '../plan/common/MoveButtons';
import { RemoveButton } from '../plan/common/RemoveButton';
import { YTextInput } from '../plan/fields/YTextInput';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import { liveItemAttributes } from '../plan/live/useRemovedWhileTyping';
import { useTranslation } from 'react-i18next';

/** The agenda, in order, ticked off as the meeting covers each item. */
export function AgendaList({ meeting }: { meeting: MeetingDoc }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const items = useLive(() => meeting.agenda.list(), meeting.agenda);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const covered = items.filter((item) => item.covered).length;

  return (
    <div className="meeting-list">
      {items.length > 0 && (
        <p className="meeting-list__summary">
          {t('meetingPage.coveredCount', { covered, count: items.length })}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-note">{t('meetingPage.noAgenda')}</p>
      ) : (
        <ol className="meeting-list__items">
          {items.map((item, index) => (
            <AgendaRow key={item.id} meeting={meeting} item={item} index={index} count={items.length} autoFocus={item.id === justAdded} />
          ))}
        </ol>
      )}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => setJustAdded(meeting.agenda.add({}, author))}>
          <Plus size={18} aria-hidden="true" />
          {t('meetingPage.addAgenda')}
        </button>
      )}
    </div>
  );
}

interface AgendaRowProps {
  readonly meeting: MeetingDoc;
  readonly item: AgendaItemView;
  readonly index: number;
  readonly count: number;
  readonly autoFocus: boolean;
}

function AgendaRow({ meeting, item, index, count, autoFocus }: AgendaRowProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const text = useMemo(() => meeting.agenda.text(item.id), [meeting, item.id]);
  const name = t('meetingPage.agendaItemName', { number: index + 1 });
  return (
    <li className={`meeting-row ${item.covered ? 'meeting-row--done' : ''}`} {...liveItemAttributes(item.id, name)}>
      <label className="live-check meeting-row__check">
        <input
          type="checkbox"
          checked={item.covered}
          disabled={!canEdit}
          onChange={(event) => meeting.agenda.update(item.id, { covered: event.target.checked })}
        />
        <span className="meeting-row__state">{item.covered ? t('meetingPage.covered') : t('meetingPage.toDo')}</span>
        <span className="visually-hidden">: {name}</span>
      </label>
      <YTextInput text={text} multiline rows={1} aria-label={t('meetingPage.agendaItem', { number: index + 1 })} placeholder={t('meetingPage.agendaPlaceholder')} autoFocus={autoFocus} className="meeting-row__text" />
      {canEdit && (
        <span className="meeting-row__tools">
          <MoveButtons itemName={name} index={index} count={count} onMove={(to) => meeting.agenda.move(item.id, to)} />
          <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeQuestion', { item: name })} onConfirm={() => meeting.agenda.remove(item.id)} />
        </span>
      )}
    </li>
  );
}
