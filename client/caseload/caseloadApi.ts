import type { CaseloadView } from '../../shared/api';
import { apiRequest } from '../api/http';

export function loadCaseload(): Promise<CaseloadView> {
  return apiRequest<CaseloadView>('GET', '/caseload');
}
