import { Hono } from 'hono';

import { planDoc, ProgressDoc } from '../../../shared/schema';
import { isExportFormat } from '../../export/formatNames';
import { progressReportOutline } from '../../export/progressReportOutline';
import { rendered } from './exportRoutes';
import type { AppEnv } from '../AppEnv';
import { badRequest } from '../errors';
import { requireMember } from '../middleware';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The periodic progress report to parents: for a chosen period, each goal's data from every
 * setting, summarised with a short narrative, in the same formats as the plan. Audited like
 * any other export.
 */
export function progressRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/workspaces/:workspaceId/progress/report', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = requireMember(c, workspaceId, 'export');
    const format = c.req.query('format') ?? 'pdf';
    if (!isExportFormat(format)) throw badRequest('Choose pdf, docx, html or md.', 'invalid_format');
    const from = c.req.query('from') ?? '';
    const to = c.req.query('to') ?? '';
    if (!datePattern.test(from) || !datePattern.test(to) || from > to) {
      throw badRequest('Choose the first and last day of the reporting period.', 'invalid_period');
    }
    const { documents, workspaces, audit } = c.get('services');
    const summary = workspaces.findForUser(workspaceId, identity.user.id)!;
    const [planState, progressState] = await Promise.all([documents.loadDoc(`${workspaceId}/plan`), documents.loadDoc(`${workspaceId}/progress`)]);
    try {
      const progress = new ProgressDoc(progressState);
      const goals = planDoc(planState)
        .goals.list()
        .map((goal) => ({ goal, measure: progress.measure(goal.id), points: progress.list(goal.id) }));
      const outline = progressReportOutline({
        student: { name: summary.studentName, gradeOrBirthDate: summary.gradeOrBirthDate, school: summary.school },
        period: { from, to },
        goals,
      });
      const file = await rendered(c.get('services').exports.renderOutline(format, outline));
      audit.record({ workspaceId, actorId: identity.user.id, action: 'plan.exported', subject: `${workspaceId}/progress`, details: { format, document: 'progress report', from, to } });
      c.header('Content-Type', file.contentType);
      c.header('Content-Disposition', `attachment; filename="progress-report-${from}-to-${to}.${file.extension}"`);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Cache-Control', 'no-store');
      return c.body(file.bytes as Uint8Array<ArrayBuffer>);
    } finally {
      planState.destroy();
      progressState.destroy();
    }
  });

  return app;
}

