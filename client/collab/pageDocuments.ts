import { commentsDocName, meetingDocName, planDocName, progressDocName, scheduleDocName } from '../../shared/docName';
import type { Route } from '../../shared/routes';

/**
 * The documents a page opens as soon as it shows, in the order it opens them: the app opens
 * their sockets as it starts (earlyConnections.ts). A page that comes to open another document
 * at once belongs here too, or that document's socket waits for the page's code.
 */
export function documentsOfPage(route: Route): string[] {
  switch (route.page) {
    case 'plan':
      return [planDocName(route.workspaceId), commentsDocName(route.workspaceId)];
    case 'schedule':
      return [scheduleDocName(route.workspaceId), planDocName(route.workspaceId)];
    case 'progress':
      return [progressDocName(route.workspaceId), planDocName(route.workspaceId)];
    case 'meeting':
      // The plan beside the meeting opens only when asked for.
      return [meetingDocName(route.workspaceId, route.meetingId)];
    default:
      return [];
  }
}
