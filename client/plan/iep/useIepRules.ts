import { useEffect, useState } from 'react';
import type { IepRulesView } from '../../../shared/api';
import { defaultIepAgeRules } from '../../../shared/iepDates';
import { apiRequest } from '../../api/http';

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

let cached: Promise<IepRulesView> | null = null;

/**
 * The deployment's transition age and age of majority, and today in the schools' time zone.
 * Until the server answers (or if it cannot), the federal defaults and this device's date are
 * used, so the plan never waits on them.
 */
export function useIepRules(): IepRulesView {
  const [rules, setRules] = useState<IepRulesView>({ ...defaultIepAgeRules, today: localToday() });
  useEffect(() => {
    let alive = true;
    cached ??= apiRequest<IepRulesView>('GET', '/iep-rules').catch((error: unknown) => {
      cached = null;
      throw error;
    });
    cached.then((answer) => alive && setRules(answer)).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  return rules;
}
