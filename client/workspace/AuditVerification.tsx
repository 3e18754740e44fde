import { ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import type { AuditVerification as Verification } from '../../shared/api';
import { verifyAudit } from '../api/workspaceApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatDateTime } from './roleLabels';
import { useTranslation } from 'react-i18next';

type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly result: Verification }
  | { readonly status: 'failed'; readonly error: unknown };

/** "Check the log": walks the hash chain on the server and says whether every entry is intact. */
export function AuditVerification({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<CheckState>({ status: 'idle' });

  async function check() {
    setState({ status: 'checking' });
    try {
      setState({ status: 'done', result: await verifyAudit(workspaceId) });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }

  return (
    <div className="audit-verification">
      <button type="button" className="button button--secondary" onClick={() => void check()} disabled={state.status === 'checking'}>
        <ShieldCheck size={18} aria-hidden="true" />
        {state.status === 'checking' ? t('audit.checking') : t('audit.check')}
      </button>
      <div role="status" data-testid="audit-verification">
        {state.status === 'done' && state.result.ok && (
          <p className="audit-verification__ok">
            {t('audit.intact', { count: state.result.checked })}
          </p>
        )}
        {state.status === 'done' && !state.result.ok && state.result.firstBroken && (
          <p className="audit-verification__broken">
            {t('audit.tampered', {
              id: state.result.firstBroken.id ?? '?',
              at: state.result.firstBroken.at ? t('audit.tamperedAt', { at: formatDateTime(state.result.firstBroken.at) }) : '',
              problem: state.result.firstBroken.problem,
              count: state.result.checked,
            })}
          </p>
        )}
      </div>
      {state.status === 'failed' && <ProblemMessage error={state.error} />}
    </div>
  );
}
