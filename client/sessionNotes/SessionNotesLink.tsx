import { NotebookPen } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { workspaceOfRoom } from '../plan/iep/useTeamCoverage';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';

/** From a goal or support in the plan to its session notes timeline. */
export function SessionNotesLink({ kind, id, name }: { kind: 'goal' | 'support'; id: string; name: string }) {
  const { t } = useTranslation();
  const { provider } = useLiveDoc();
  const to = `${paths.notes(workspaceOfRoom(provider.roomname))}?target=${kind}:${encodeURIComponent(id)}`;
  return (
    <AppLink to={to} className="button button--quiet session-notes-link" aria-label={t('scheduleMore.notes.openForLabel', { name })}>
      <NotebookPen size={16} aria-hidden="true" /> {t('scheduleMore.notes.openFor')}
    </AppLink>
  );
}
