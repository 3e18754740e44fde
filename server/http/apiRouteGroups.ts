import type { Hono } from 'hono';
import type { AppEnv } from './AppEnv';
import { authRoutes } from './routes/authRoutes';
import { consentRoutes } from './routes/consentRoutes';
import { invitationRoutes } from './routes/invitationRoutes';
import { meetingRoutes } from './routes/meetingRoutes';
import { commentRoutes } from './routes/commentRoutes';
import { versionRoutes } from './routes/versionRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { progressRoutes } from './routes/progressRoutes';
import { tokenRoutes } from './routes/tokenRoutes';
import { passwordRoutes } from './routes/passwordRoutes';
import { verificationRoutes } from './routes/verificationRoutes';
import { workspaceRoutes } from './routes/workspaceRoutes';
import { caseloadRoutes } from './routes/caseloadRoutes';
import { teamCoverageRoutes } from './routes/teamCoverageRoutes';
import { meetingPlanRoutes } from './routes/meetingPlanRoutes';
import { scheduleRoutes } from './routes/scheduleRoutes';
import { serviceLogRoutes } from './routes/serviceLogRoutes';
import { sessionNoteRoutes } from './routes/sessionNoteRoutes';
import { calendarRoutes } from './routes/calendarRoutes';
import { suggestionRoutes } from './routes/suggestionRoutes';
import { historyRoutes } from './routes/historyRoutes';
import { occurrenceMeetingRoutes } from './routes/occurrenceMeetingRoutes';
import { reminderRoutes } from './routes/reminderRoutes';
import { translationRoutes } from './routes/translationRoutes';
import { notificationRoutes } from './routes/notificationRoutes';

/**
 * Every group of the REST API, each mounted under `/api`. Kept apart from the app's assembly so
 * a test can list every route the API has (the consent gate must know each workspace part).
 */
export function apiRouteGroups(): Hono<AppEnv>[] {
  return [authRoutes(), tokenRoutes(), workspaceRoutes(), invitationRoutes(), consentRoutes(), meetingRoutes(), commentRoutes(), versionRoutes(), exportRoutes(), progressRoutes(), caseloadRoutes(), meetingPlanRoutes(), passwordRoutes(), verificationRoutes(), scheduleRoutes(), serviceLogRoutes(), sessionNoteRoutes(), calendarRoutes(), suggestionRoutes(), historyRoutes(), notificationRoutes(), teamCoverageRoutes(), occurrenceMeetingRoutes(), reminderRoutes(), translationRoutes()];
}
