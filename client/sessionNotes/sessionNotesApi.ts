import type { NoteTargetView, SessionNoteView } from '../../shared/scheduleApi';
import { apiRequest } from '../api/http';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/notes`;

export async function getNoteTargets(workspaceId: string): Promise<NoteTargetView[]> {
  return (await apiRequest<{ targets: NoteTargetView[] }>('GET', `${base(workspaceId)}/targets`)).targets;
}

export async function getNotes(workspaceId: string, query: { target?: { kind: string; id: string }; inbox?: boolean }): Promise<SessionNoteView[]> {
  const params = new URLSearchParams();
  if (query.target) {
    params.set('targetKind', query.target.kind);
    params.set('targetId', query.target.id);
  }
  if (query.inbox) params.set('inbox', '1');
  return (await apiRequest<{ notes: SessionNoteView[] }>('GET', `${base(workspaceId)}?${params.toString()}`)).notes;
}

export async function shareNote(workspaceId: string, target: { kind: string; id: string }, body: string): Promise<SessionNoteView> {
  return (await apiRequest<{ note: SessionNoteView }>('POST', base(workspaceId), { targetKind: target.kind, targetId: target.id, body })).note;
}
