import type { SaveTranslationRequest, SaveTranslationResponse, TranslationsResponse } from '../../shared/translations';
import { apiRequest } from '../api/http';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/translations`;

export const loadTranslations = (workspaceId: string) => apiRequest<TranslationsResponse>('GET', base(workspaceId));

export const saveTranslation = (workspaceId: string, request: SaveTranslationRequest) => apiRequest<SaveTranslationResponse>('PUT', base(workspaceId), request);
