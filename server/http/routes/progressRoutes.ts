import { serviceDeliveries } from '../../schedule/serviceDeliveries';
import { Hono, type Context } from 'hono';

import { goalAreaLabels, planDoc, ProgressDoc } from '../../../shared/schema';
import { summarizeProgress } from '../../../shared/progressTrend';
import type { Services } from '../../services';
import { isExportFormat } from '../../export/formatNames';
import { progressReportOutline } from '../../export/progressReportOutline';
import { languageOf, rendered } from './exportRoutes';
import { currentStudent } from '../../versions/currentRecord';
import type { VersionView } from '../../../shared/api';
import { isProgressCode, suggestProgressCode, type ProgressCode } from '../../../shared/progressCodes';
import { localMoment } from '../../../shared/timeZone';
import type { AppEnv } from '../AppEnv';
import { badRequest } from '../errors';
import { requireMember } from '../middleware';
import { planDocName, progressDocName } from '../../../shared/docName';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The day the last required signature made a version agreed. */
function agreedOn(version: VersionView): string {
  return version.signatures.reduce((latest, signature) => (signature.signedAt > latest ? signature.signedAt : latest), version.proposedAt).slice(0, 10);
}

function localDay(instant: Date, timeZone: string): string {
  const { year, month, day } = localMoment(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The team's progress codes from `code.<goalId>=<code>`; anything else is refused. */
function codesFrom(queries: Record<string, string[]>, goalIds: ReadonlySet<string>): Record<string, ProgressCode> {
  const codes: Record<string, ProgressCode> = {};
  for (const [key, values] of Object.entries(queries)) {
    if (!key.startsWith('code.')) continue;
    const goalId = key.slice('code.'.length);
    const value = values[0];
    if (!goalIds.has(goalId) || !isProgressCode(value)) throw badRequest('Choose a progress code for a goal of this plan.', 'invalid_code');
    codes[goalId] = value;
  }
  return codes;
}

/**
 * The periodic progress report to parents: for a chosen period, each goal's data from every
 * setting, summarised with a short narrative, in the same formats as the plan. Audited like
 * any other export.
 */
/** The reporting period from the query, or a clear refusal. */
function periodOf(c: Context<AppEnv>): { from: string; to: string } {
  const from = c.req.query('from') ?? '';
  const to = c.req.query('to') ?? '';
  if (!datePattern.test(from) || !datePattern.test(to) || from > to) {
    throw badRequest('Choose the first and last day of the reporting period.', 'invalid_period');
  }
  return { from, to };
}

/**
 * The goals of record for a period: those of the agreed version in force at its end (the live
 * draft only when no version was agreed by then), each with its measure and data points.
 */
async function goalsOfRecord(services: Services, workspaceId: string, to: string) {
  const { documents, versions } = services;
  const inForce = (await versions.list(workspaceId)).find((version) => version.status === 'agreed' && agreedOn(version) <= to) ?? null;
  const [planState, progressState] = await Promise.all([documents.loadDoc(planDocName(workspaceId)), documents.loadDoc(progressDocName(workspaceId))]);
  try {
    const progress = new ProgressDoc(progressState);
    const planGoals = inForce ? documents.planFromState(await versions.state(inForce.id)).goals : planDoc(planState).goals.list();
    return { inForce, goals: planGoals.map((goal) => ({ goal, measure: progress.measure(goal.id), points: progress.list(goal.id) })) };
  } finally {
    planState.destroy();
    progressState.destroy();
  }
}

export function progressRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** Per goal of record, the progress code the data suggests: the team starts its choice from it. */
  app.get('/workspaces/:workspaceId/progress/report/codes', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    await requireMember(c, workspaceId, 'export');
    const period = periodOf(c);
    const { inForce, goals } = await goalsOfRecord(c.get('services'), workspaceId, period.to);
    return c.json({
      versionNumber: inForce?.number ?? null,
      goals: goals.map(({ goal, measure, points }, index) => ({
        goalId: goal.id,
        label: `Goal ${index + 1}: ${goalAreaLabels[goal.area]}`,
        // The page names the goal in its reader's language from these.
        number: index + 1,
        area: goal.area,
        suggested: suggestProgressCode(summarizeProgress(points, measure, period)),
      })),
    });
  });

  app.get('/workspaces/:workspaceId/progress/report', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId, 'export');
    const format = c.req.query('format') ?? 'pdf';
    if (!isExportFormat(format)) throw badRequest('Choose pdf, docx, html or md.', 'invalid_format');
    const { from, to } = periodOf(c);
    const language = languageOf(c);
    const services = c.get('services');
    const { workspaces, audit } = services;
    const summary = (await workspaces.findForUser(workspaceId, identity.user.id))!;
    const madeAt = new Date();
    const issuedOn = c.req.query('issued') ?? localDay(madeAt, summary.timeZone);
    if (!datePattern.test(issuedOn)) throw badRequest('Give the issue date as YYYY-MM-DD.', 'invalid_issued');
    const { inForce, goals } = await goalsOfRecord(services, workspaceId, to);
    const outline = progressReportOutline({
      // The plan's student record names the school, as on the plan's own cover.
      student: await currentStudent(services, workspaceId),
      period: { from, to },
      goals,
      source: inForce ? { versionNumber: inForce.number, agreedOn: agreedOn(inForce) } : null,
      codes: codesFrom(c.req.queries(), new Set(goals.map(({ goal }) => goal.id))),
      issuedOn,
      author: identity.user.displayName,
      services: await serviceDeliveries(services, workspaceId, { from, to }),
      language,
      madeAt: madeAt.toISOString(),
    });
    const file = await rendered(services.exports.renderOutline(format, outline));
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'plan.exported', subject: progressDocName(workspaceId), details: { format, document: 'progress report', from, to, ...(language === 'en' ? {} : { language }) } });
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="progress-report-${from}-to-${to}.${file.extension}"`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
    return c.body(file.bytes as Uint8Array<ArrayBuffer>);
  });

  return app;
}
