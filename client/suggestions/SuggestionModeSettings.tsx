import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/roles';
import type { SuggestionMode } from '../../shared/suggestionModes';
import { listWorkspaces } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { roleLabel } from '../workspace/roleLabels';
import { loadSuggestionModes, setSuggestionMode } from './suggestionsApi';

/** The roles whose mode means something: the case manager always edits, an observer only reads. */
const choosableRoles: readonly Role[] = ['teacher', 'school_therapist', 'clinical_therapist', 'parent'];

/**
 * For a case manager: per student, whether each role edits the plan directly or suggests
 * changes for them to accept. Saved on each change; the room enforces it at once.
 */
export function SuggestionModeSettings({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [workspaces] = useApiData(listWorkspaces, userId);
  const managed = workspaces.status === 'ready' ? workspaces.data.filter((workspace) => workspace.role === 'case_manager') : [];
  const [chosen, setChosen] = useState<string | null>(null);
  const workspaceId = chosen ?? managed[0]?.id ?? null;
  if (managed.length === 0 || !workspaceId) return null;

  return (
    <section className="card" aria-labelledby="suggestion-modes-title" id="suggestion-modes">
      <div className="card__intro">
        <h2 className="card__title" id="suggestion-modes-title">{t('betweenMeetings.modesTitle')}</h2>
        <p className="muted">{t('betweenMeetings.modesLead')}</p>
      </div>
      <div className="notification-settings">
        {managed.length > 1 && (
          <div className="notification-settings__row">
            <label htmlFor="suggestion-modes-student" className="notification-settings__label">
              {t('betweenMeetings.modesStudent')}
            </label>
            <select id="suggestion-modes-student" className="text-input notification-settings__select" value={workspaceId} onChange={(event) => setChosen(event.target.value)}>
              {managed.map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  {workspace.studentName}
                </option>
              ))}
            </select>
          </div>
        )}
        <RoleModes key={workspaceId} workspaceId={workspaceId} />
      </div>
    </section>
  );
}

function RoleModes({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [modes, { replace }] = useApiData(() => loadSuggestionModes(workspaceId), workspaceId);
  const [saved, setSaved] = useState<Role | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (modes.status === 'failed') return <ProblemMessage error={modes.error} />;
  if (modes.status !== 'ready') return null;
  return (
    <>
      {choosableRoles.map((role) => (
        <div key={role} className="notification-settings__row">
          <label htmlFor={`suggestion-mode-${role}`} className="notification-settings__label">
            {roleLabel(role)}
          </label>
          <select
            id={`suggestion-mode-${role}`}
            className="text-input notification-settings__select"
            value={modes.data[role]}
            onChange={async (event) => {
              const mode: SuggestionMode = event.target.value === 'suggest' ? 'suggest' : 'edit';
              setError(null);
              setSaved(null);
              try {
                replace((await setSuggestionMode(workspaceId, role, mode)).modes);
                setSaved(role);
              } catch (failure) {
                setError(failure);
              }
            }}
          >
            <option value="edit">{t('betweenMeetings.modeEdit')}</option>
            <option value="suggest">{t('betweenMeetings.modeSuggest')}</option>
          </select>
        </div>
      ))}
      <p className="status-line" role="status">
        {saved ? t('betweenMeetings.modesSaved', { role: roleLabel(saved) }) : ''}
      </p>
      <ProblemMessage error={error} />
    </>
  );
}
