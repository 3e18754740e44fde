import { FileInput } from 'lucide-react';
import { useState } from 'react';
import type { DecisionView } from '../../shared/schema';
import { apiRequest } from '../api/http';
import { ApiFailure } from '../api/ApiFailure';
import { problemText } from '../components/ProblemMessage';
import { useTranslation } from 'react-i18next';

/** How long to wait for the server to hold the decision's last keystrokes before saying so. */
const waitForWordsMs = 5_000;

/**
 * Carries a meeting's decision into the plan's decisions, marked with this meeting. The server
 * writes the plan, so anyone with the plan open sees it arrive; doing it twice adds nothing.
 * The server copies the decision it has stored, so the page first waits for the server's word
 * that it holds what was typed here: a person who clicks right after typing gets every word.
 */
export function DecisionToPlan({ workspaceId, meetingId, decision, serverHolds }: { workspaceId: string; meetingId: string; decision: DecisionView; serverHolds: (waitMs: number) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const path = `/workspaces/${encodeURIComponent(workspaceId)}/meetings/${encodeURIComponent(meetingId)}/decisions/${encodeURIComponent(decision.id)}/plan`;
  if (state.kind === 'done') return <p className="iep-note" role="status">{t('meetingPage.inPlanDecisions')}</p>;
  return (
    <div>
      <button
        type="button"
        className="button button--quiet"
        disabled={state.kind === 'busy' || decision.text.trim() === ''}
        onClick={async () => {
          setState({ kind: 'busy' });
          try {
            if (!(await serverHolds(waitForWordsMs))) {
              setState({ kind: 'failed', message: t('meetingPage.addToPlanUnsent') });
              return;
            }
            await apiRequest('POST', path);
            setState({ kind: 'done' });
          } catch (error) {
            setState({ kind: 'failed', message: error instanceof ApiFailure ? problemText(error) : t('meetingPage.addToPlanFailed') });
          }
        }}
      >
        <FileInput size={18} aria-hidden="true" />
        {t('meetingPage.addToPlan')}
      </button>
      {state.kind === 'failed' && (
        <p className="iep-note" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
