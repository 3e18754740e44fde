/**
 * Document names travel in URLs (`/collab/<docName>`) and become storage keys, so they are
 * restricted to a small, unambiguous alphabet: one to four segments separated by `/`, each of
 * letters, digits, `-` and `_`. Examples: `demo`, `ws_123/plan`, `ws_123/meeting/m_9`.
 */
const segmentPattern = /^[A-Za-z0-9_-]{1,64}$/;
const maxSegments = 4;

export type DocNameResult = { ok: true; name: string } | { ok: false; problem: string };

export function parseDocName(raw: string): DocNameResult {
  if (raw.length === 0) return { ok: false, problem: 'document name is empty' };
  const segments = raw.split('/');
  if (segments.length > maxSegments) {
    return { ok: false, problem: `document name has more than ${maxSegments} parts` };
  }
  for (const segment of segments) {
    if (!segmentPattern.test(segment)) {
      return {
        ok: false,
        problem: 'document name parts may only hold letters, digits, "-" and "_" (1 to 64 each)',
      };
    }
  }
  return { ok: true, name: raw };
}

export function isDocName(raw: string): boolean {
  return parseDocName(raw).ok;
}

/** The path prefix of the collaboration endpoint; a document lives at `${collabPath}/${name}`. */
export const collabPath = '/collab';

/** A workspace's documents (see ARCHITECTURE.md, "Documents"): each name has one maker. */
export const planDocName = (workspaceId: string): string => `${workspaceId}/plan`;
/** The workspace's comment threads; the server alone writes it. */
export const commentsDocName = (workspaceId: string): string => `${workspaceId}/comments`;
export const scheduleDocName = (workspaceId: string): string => `${workspaceId}/schedule`;
export const progressDocName = (workspaceId: string): string => `${workspaceId}/progress`;
export const meetingDocName = (workspaceId: string, meetingId: string): string => `${workspaceId}/meeting/${meetingId}`;
