import { apiRequest } from '../api/http';

/** The schedule is written through the API (it checks each role per kind); the page reads it live. */
const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/schedule`;

export interface NewSession {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly serviceId?: string;
  readonly start: string;
  readonly minutes: number;
  readonly rrule: string;
}

export const addSession = (workspaceId: string, session: NewSession) => apiRequest<{ id: string }>('POST', `${base(workspaceId)}/sessions`, session);

export const moveOccurrence = (workspaceId: string, sessionId: string, from: string, to: string) =>
  apiRequest<{ id: string }>('PATCH', `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}`, { move: { from, to } });

export const acceptConflict = (workspaceId: string, key: string, note: string) => apiRequest<{ key: string }>('POST', `${base(workspaceId)}/accepted`, { key, note });
