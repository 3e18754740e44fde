import type { ServiceLogView } from '../../shared/scheduleApi';
import type { DeliveryStatus, ServiceLogEntry } from '../../shared/serviceLog';
import { apiRequest } from '../api/http';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/service-log`;

export function getServiceLog(workspaceId: string, period?: { from: string; to: string }): Promise<ServiceLogView> {
  return apiRequest('GET', period ? `${base(workspaceId)}?from=${period.from}&to=${period.to}` : base(workspaceId));
}

export interface NewLogEntry {
  readonly serviceId: string;
  readonly date: string;
  readonly minutes: number;
  readonly status: DeliveryStatus;
  readonly makeUpFor?: string;
  readonly note: string;
}

export async function logSession(workspaceId: string, entry: NewLogEntry): Promise<ServiceLogEntry> {
  return (await apiRequest<{ entry: ServiceLogEntry }>('POST', base(workspaceId), entry)).entry;
}
