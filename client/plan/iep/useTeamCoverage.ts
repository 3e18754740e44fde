import { useCallback } from 'react';
import type { MeetingCoverageView } from '../../../shared/api';
import { apiRequest } from '../../api/http';
import { useApiData, type ApiData } from '../../api/useApiData';
import { useRefreshWhileVisible } from '../../api/useRefreshWhileVisible';

export interface TeamCoverage {
  readonly meetings: MeetingCoverageView[];
  /** Some meeting had every required participant present or excused in writing. */
  readonly covered: boolean;
}

/**
 * Who was at each meeting lives in the meetings' own documents; the server reads them all and
 * answers here. Refreshed while the plan is visible, so marking attendance in a meeting shows
 * up on the plan within the interval.
 */
export function useTeamCoverage(workspaceId: string): ApiData<TeamCoverage> {
  const load = useCallback(() => apiRequest<TeamCoverage>('GET', `/workspaces/${encodeURIComponent(workspaceId)}/team-coverage`), [workspaceId]);
  const [data, { reload }] = useApiData(load, workspaceId);
  useRefreshWhileVisible(() => void reload(), 15_000);
  return data;
}

/** The workspace a plan document belongs to: its name is `<workspaceId>/plan`. */
export function workspaceOfRoom(roomName: string): string {
  return roomName.split('/')[0] ?? '';
}
