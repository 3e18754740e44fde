import type { Role } from '../../shared/roles';
import type { DecisionResponse, SuggestionMode, SuggestionsResponse } from '../../shared/suggestionModes';
import { apiRequest } from '../api/http';

/** Decisions go through the server, which checks who may decide and changes the live plan. */
const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

export const loadSuggestionModes = async (workspaceId: string) => (await apiRequest<SuggestionsResponse>('GET', `${base(workspaceId)}/suggestions`)).modes;

export const decideSuggestion = (workspaceId: string, id: string, decision: 'accept' | 'reject') =>
  apiRequest<DecisionResponse>('POST', `${base(workspaceId)}/suggestions/${encodeURIComponent(id)}/${decision}`);

export const decideAllOf = (workspaceId: string, userId: string, decision: 'accept' | 'reject') =>
  apiRequest<DecisionResponse>('POST', `${base(workspaceId)}/suggestions/decide-all`, { userId, decision });

export const undoDecision = (workspaceId: string, undoToken: string) => apiRequest<void>('POST', `${base(workspaceId)}/suggestions/undo`, { undoToken });

export const setSuggestionMode = (workspaceId: string, role: Role, mode: SuggestionMode) =>
  apiRequest<{ modes: Record<Role, SuggestionMode> }>('PUT', `${base(workspaceId)}/suggestion-modes`, { role, mode });
