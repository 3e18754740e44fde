import { Eye, Lock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SessionNoteView } from '../../shared/scheduleApi';
import { useLocale } from '../i18n/useLocale';
import { roleLabel } from '../workspace/roleLabels';

/** Notes newest first, each with who wrote it and who reads it. */
export function NoteList({ notes, timeZone, testId }: { notes: readonly SessionNoteView[]; timeZone: string; testId: string }) {
  const { t } = useTranslation();
  const { dateTime } = useLocale(timeZone);
  if (notes.length === 0) return <p className="muted">{t('scheduleMore.notes.none')}</p>;
  return (
    <ul className="session-notes__list" data-testid={testId}>
      {notes.map((note) => (
        <li key={note.id} className="session-notes__note" data-setting={note.authorSetting}>
          <p className="session-notes__body">{note.body}</p>
          <p className="muted session-notes__byline">
            {t('scheduleMore.notes.byline', { name: note.authorName, role: roleLabel(note.authorRole), date: dateTime(note.createdAt) })}
          </p>
          <p className="session-notes__audience" data-audience={note.audience}>
            {note.audience === 'team' ? <Eye size={16} aria-hidden="true" /> : <Lock size={16} aria-hidden="true" />}
            {note.audience === 'team' ? t('scheduleMore.notes.noteTeam') : t('scheduleMore.notes.noteClinic')}
          </p>
        </li>
      ))}
    </ul>
  );
}
