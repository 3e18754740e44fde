import { Hono, type Context } from 'hono';
import { meetingFileName, planFileName } from '../../export/fileNames';
import { isExportFormat, type ExportFormat } from '../../export/formatNames';
import { ExportFailure, type RenderedFile } from '../../export/worker/ExportRenderer';
import type { ExportMeeting, ExportStudent, PlanExportInput } from '../../export/ExportInput';
import type { VersionView } from '../../../shared/api';
import type { PlanSnapshot } from '../../../shared/schema';
import type { AppEnv } from '../AppEnv';
import { clampText, fieldLimits } from '../../../shared/schema/limits';
import { badRequest, HttpError, notFound } from '../errors';
import { requireMember } from '../middleware';

const failureStatus = { timed_out: 503, busy: 503, too_large: 422, failed: 500 } as const;

/**
 * Waits for a render on the export worker and turns a refusal into a clear answer
 * (`export_timed_out`, `export_too_large`, `export_busy`, `export_failed`).
 */
export async function rendered(render: Promise<RenderedFile>): Promise<RenderedFile> {
  try {
    return await render;
  } catch (error) {
    if (error instanceof ExportFailure) throw new HttpError(failureStatus[error.reason], `export_${error.reason}`, error.message);
    throw error;
  }
}

const short = (value: string) => clampText(value, fieldLimits.shortValue);

function formatOf(c: Context<AppEnv>): ExportFormat {
  const format = c.req.query('format') ?? 'pdf';
  if (!isExportFormat(format)) throw badRequest('Choose pdf, docx, html or md.', 'invalid_format');
  return format;
}

/** A download: attachment, never cached, never sniffed into something else. */
function download(c: Context<AppEnv>, rendered: { bytes: Uint8Array; contentType: string }, fileName: string): Response {
  c.header('Content-Type', rendered.contentType);
  c.header('Content-Disposition', `attachment; filename="${fileName}"`);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'no-store');
  return c.body(rendered.bytes as Uint8Array<ArrayBuffer>);
}

/**
 * Exports of the agreed plan, the live draft and meeting notes. Each is a disclosure of an
 * education record, so each needs the export capability and is written to the audit log.
 */
export function exportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ws = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';

  const context = async (c: Context<AppEnv>, workspaceId: string) => {
    const { identity } = requireMember(c, workspaceId, 'export');
    const { workspaces, meetings, documents } = c.get('services');
    const summary = workspaces.findForUser(workspaceId, identity.user.id)!;
    const student: ExportStudent = { name: short(summary.studentName), gradeOrBirthDate: short(summary.gradeOrBirthDate), school: short(summary.school) };
    const meetingList: ExportMeeting[] = [];
    for (const meeting of meetings.list(workspaceId)) {
      meetingList.push({ meeting, content: await documents.readMeeting(workspaceId, meeting.id) });
    }
    const team = workspaces.members(workspaceId).map((member) => ({ ...member, displayName: short(member.displayName) }));
    return { identity, student, team, meetings: meetingList };
  };

  const exportPlan = async (c: Context<AppEnv>, plan: PlanSnapshot, version: VersionView | null) => {
    const workspaceId = ws(c);
    const format = formatOf(c);
    const { identity, ...rest } = await context(c, workspaceId);
    const input: PlanExportInput = { plan, version, ...rest };
    const file = await rendered(c.get('services').exports.renderPlan(format, input));
    c.get('services').audit.record({
      workspaceId,
      actorId: identity.user.id,
      action: 'plan.exported',
      subject: version?.id ?? `${workspaceId}/plan`,
      details: { format, version: version ? `${version.number}` : 'draft', ...(version ? { hash: version.hash } : {}) },
    });
    return download(c, file, planFileName(input, format));
  };

  app.get('/workspaces/:workspaceId/plan/export', async (c) => {
    requireMember(c, ws(c), 'export');
    return exportPlan(c, await c.get('services').documents.readPlan(ws(c)), null);
  });

  app.get('/workspaces/:workspaceId/versions/:versionId/export', async (c) => {
    requireMember(c, ws(c), 'export');
    const { versions, documents } = c.get('services');
    const version = versions.find(ws(c), c.req.param('versionId'));
    if (!version) throw notFound('No such version.');
    return exportPlan(c, documents.planFromState(versions.state(version.id)), version);
  });

  app.get('/workspaces/:workspaceId/meetings/:meetingId/export', async (c) => {
    const workspaceId = ws(c);
    const format = formatOf(c);
    const { identity, student, team, meetings } = await context(c, workspaceId);
    const found = meetings.find((entry) => entry.meeting.id === c.req.param('meetingId'));
    if (!found) throw notFound('No such meeting.');
    const input = { ...found, student, team };
    const file = await rendered(c.get('services').exports.renderMeeting(format, input));
    c.get('services').audit.record({ workspaceId, actorId: identity.user.id, action: 'plan.exported', subject: found.meeting.docName, details: { format, document: 'meeting notes' } });
    return download(c, file, meetingFileName(input, format));
  });

  return app;
}
