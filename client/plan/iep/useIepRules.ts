import { useContext, useEffect, useState } from 'react';
import type { IepRulesView } from '../../../shared/api';
import { defaultIepAgeRules } from '../../../shared/iepDates';
import { apiRequest } from '../../api/http';
import { LiveDocContext } from '../live/LiveDocContext';

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Per workspace (its time zone decides today); '' for the deployment's school zone. */
const cached = new Map<string, Promise<IepRulesView>>();

/**
 * The deployment's transition age and age of majority, and today where the student's school
 * is: in the time zone of the workspace whose document is open, else the schools' zone.
 * Until the server answers (or if it cannot), the federal defaults and this device's date are
 * used, so the plan never waits on them.
 */
export function useIepRules(): IepRulesView {
  const live = useContext(LiveDocContext);
  // The document is `<workspaceId>/plan` (or a meeting of it).
  const workspaceId = live?.provider.roomname.split('/')[0] ?? '';
  const [rules, setRules] = useState<IepRulesView>({ ...defaultIepAgeRules, today: localToday() });
  useEffect(() => {
    let alive = true;
    let request = cached.get(workspaceId);
    if (!request) {
      const path = workspaceId ? `/iep-rules?workspaceId=${encodeURIComponent(workspaceId)}` : '/iep-rules';
      request = apiRequest<IepRulesView>('GET', path).catch((error: unknown) => {
        cached.delete(workspaceId);
        throw error;
      });
      cached.set(workspaceId, request);
    }
    request.then((answer) => alive && setRules(answer)).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [workspaceId]);
  return rules;
}
