import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { AgendaItemView, MeetingDoc } from '../../shared/schema';
import { MoveButtons } from '../plan/common/MoveButtons';
import { RemoveButton } from '../plan/common/RemoveButton';
import { YTextInput } from '../plan/fields/YTextInput';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';

/** The agenda, in order, ticked off as the meeting covers each item. */
export function AgendaList({ meeting }: { meeting: MeetingDoc }) {
  const { canEdit, author } = useLiveDoc();
  const items = useLive(() => meeting.agenda.list(), meeting.agenda);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const covered = items.filter((item) => item.covered).length;

  return (
    <div className="meeting-list">
      {items.length > 0 && (
        <p className="meeting-list__summary">
          {covered} of {items.length} covered
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty-note">No agenda yet. Anyone can add what they want to talk about.</p>
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
          Add an agenda item
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
  const text = useMemo(() => meeting.agenda.text(item.id), [meeting, item.id]);
  const name = `agenda item ${index + 1}`;
  return (
    <li className={`meeting-row ${item.covered ? 'meeting-row--done' : ''}`}>
      <label className="live-check meeting-row__check">
        <input
          type="checkbox"
          checked={item.covered}
          disabled={!canEdit}
          onChange={(event) => meeting.agenda.update(item.id, { covered: event.target.checked })}
        />
        <span className="meeting-row__state">{item.covered ? 'Covered' : 'To do'}</span>
        <span className="visually-hidden">: {name}</span>
      </label>
      <YTextInput text={text} multiline rows={1} aria-label={`Agenda item ${index + 1}`} placeholder="What to talk about" autoFocus={autoFocus} className="meeting-row__text" />
      {canEdit && (
        <span className="meeting-row__tools">
          <MoveButtons itemName={name} index={index} count={count} onMove={(to) => meeting.agenda.move(item.id, to)} />
          <RemoveButton label={`Remove ${name}`} question={`Remove ${name}?`} onConfirm={() => meeting.agenda.remove(item.id)} />
        </span>
      )}
    </li>
  );
}
