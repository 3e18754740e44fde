import { ArrowLeft } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView, WorkspaceSummary } from '../../shared/api';
import { can } from '../../shared/roles';
import type { NoteTargetView } from '../../shared/scheduleApi';
import { openWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { currentSearchParam } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import { NoteList } from './NoteList';
import { getNotes, getNoteTargets, shareNote } from './sessionNotesApi';
import './sessionNotes.css';

/** `/w/<id>/notes`: session notes on a goal or support, and who can read them. */
export function SessionNotesPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const { t } = useTranslation();
  const [workspace] = useApiData(() => openWorkspace(workspaceId), workspaceId);
  return (
    <AppPage title={t('scheduleMore.notes.tabTitle')} user={user} busy={workspace.status === 'loading'}>
      <AppLink to={paths.workspace(workspaceId)} className="back-link">
        <ArrowLeft size={18} aria-hidden="true" /> {t('scheduleMore.serviceLog.back')}
      </AppLink>
      <div className="page-intro">
        <h1 className="page-title">{t('scheduleMore.notes.title')}</h1>
        <p className="page-lead">{t('scheduleMore.notes.lead')}</p>
      </div>
      {workspace.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {workspace.status === 'failed' && <ProblemMessage error={workspace.error} />}
      {workspace.status === 'ready' && <Notes workspace={workspace.data} />}
    </AppPage>
  );
}

const targetKey = (target: NoteTargetView) => `${target.kind}:${target.id}`;

function Notes({ workspace }: { workspace: WorkspaceSummary }) {
  const { t } = useTranslation();
  const [targets] = useApiData(() => getNoteTargets(workspace.id), workspace.id);
  // `?target=goal:<id>` (from a goal or support in the plan) opens that one's timeline.
  const [chosen, setChosen] = useState(() => currentSearchParam('target') ?? '');
  const [inbox] = useApiData(() => getNotes(workspace.id, { inbox: true }), `${workspace.id}:inbox`);
  if (targets.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (targets.status === 'failed') return <ProblemMessage error={targets.error} />;
  if (targets.data.length === 0) return <p className="muted">{t('scheduleMore.notes.noTargets')}</p>;
  const target = targets.data.find((candidate) => targetKey(candidate) === chosen) ?? targets.data[0]!;
  const label = (candidate: NoteTargetView) =>
    candidate.kind === 'goal' ? t('scheduleMore.notes.goal', { label: candidate.label }) : t('scheduleMore.notes.support', { label: candidate.label });

  return (
    <>
      <section className="card" aria-labelledby="note-target-title">
        <h2 className="card__title" id="note-target-title">{t('scheduleMore.notes.timeline')}</h2>
        <label className="session-notes__target">
          {t('scheduleMore.notes.target')}
          <select className="text-input" value={targetKey(target)} onChange={(event) => setChosen(event.target.value)}>
            {targets.data.map((candidate) => <option key={targetKey(candidate)} value={targetKey(candidate)}>{label(candidate)}</option>)}
          </select>
        </label>
        <Timeline key={targetKey(target)} workspace={workspace} target={target} />
      </section>
      <section className="card" aria-labelledby="notes-inbox-title">
        <h2 className="card__title" id="notes-inbox-title">{t('scheduleMore.notes.inbox')}</h2>
        {inbox.status === 'failed' && <ProblemMessage error={inbox.error} />}
        {inbox.status === 'ready' && <NoteList notes={inbox.data} timeZone={workspace.timeZone} testId="notes-inbox" />}
      </section>
    </>
  );
}

function Timeline({ workspace, target }: { workspace: WorkspaceSummary; target: NoteTargetView }) {
  const { t } = useTranslation();
  const [notes, { reload }] = useApiData(() => getNotes(workspace.id, { target }), `${workspace.id}:${targetKey(target)}`);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [shared, setShared] = useState(false);
  const mayWrite = can(workspace.role, 'edit');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setShared(false);
    try {
      await shareNote(workspace.id, target, body.trim());
      setBody('');
      setShared(true);
      await reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="session-notes__timeline">
      {mayWrite ? (
        <form className="session-notes__composer" onSubmit={(event) => void submit(event)}>
          <label htmlFor="note-body">{t('scheduleMore.notes.body')}</label>
          <p className="field__hint" id="note-audience" data-audience={target.audience}>
            {target.audience === 'team' ? t('scheduleMore.notes.audienceTeam') : t('scheduleMore.notes.audienceClinic')}
          </p>
          <textarea id="note-body" className="text-input" rows={3} maxLength={2000} value={body} placeholder={t('scheduleMore.notes.bodyHint')} aria-describedby="note-audience" onChange={(event) => setBody(event.target.value)} />
          <button type="submit" className="button button--primary" disabled={busy || body.trim() === ''}>{t('scheduleMore.notes.share')}</button>
          {shared && <p className="muted" role="status">{t('scheduleMore.notes.shared')}</p>}
          <ProblemMessage error={error} />
        </form>
      ) : (
        <p className="muted">{t('scheduleMore.notes.readOnly')}</p>
      )}
      {notes.status === 'failed' && <ProblemMessage error={notes.error} />}
      {notes.status === 'ready' && <NoteList notes={notes.data} timeZone={workspace.timeZone} testId="notes-timeline" />}
    </div>
  );
}
