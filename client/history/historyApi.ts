import type { HistoryResponse } from '../../shared/history';
import { apiRequest } from '../api/http';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/history`;

export const loadHistory = (workspaceId: string, options: { sinceLastLook?: boolean; path?: readonly string[] } = {}) => {
  const query = new URLSearchParams();
  if (options.sinceLastLook) query.set('since', 'last-look');
  if (options.path) query.set('path', options.path.join('/'));
  const text = query.toString();
  return apiRequest<HistoryResponse>('GET', `${base(workspaceId)}${text ? `?${text}` : ''}`);
};

export const markHistorySeen = (workspaceId: string) => apiRequest<void>('POST', `${base(workspaceId)}/seen`);
