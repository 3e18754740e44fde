import { Hono, type Context } from 'hono';
import { readSuggestionsOption, type SuggestionsInExport } from '../../suggestions/exportSuggestions';
import { meetingFileName, planFileName } from '../../export/fileNames';
import { isExportFormat, type ExportFormat } from '../../export/formatNames';
import { ExportFailure, type RenderedFile } from '../../export/worker/ExportRenderer';
import type { ExportStudent, PlanExportInput } from '../../export/ExportInput';
import type { Services } from '../../services';
import { defaultLanguage, isLanguage, type Language } from '../../../shared/i18n/languages';
import { isTranslationLanguage, isTranslationMode, type TranslationLanguage, type TranslationMode } from '../../../shared/translations';
import { currentRecord, currentStudent } from '../../versions/currentRecord';
import type { StoredVersion } from '../../versions/VersionRepository';
import type { AppEnv } from '../AppEnv';
import { badRequest, HttpError, notFound } from '../errors';
import { requireMember } from '../middleware';
import { planDocName } from '../../../shared/docName';

/**
 * The one thing an old version's export still takes from the workspace: whose plan it is. Grade
 * and school come from the frozen plan's own student record, never from today's workspace.
 */
async function unfrozenStudent(services: Services, workspaceId: string): Promise<ExportStudent> {
  return { name: (await currentStudent(services, workspaceId)).name, gradeOrBirthDate: '', school: '' };
}

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

function formatOf(c: Context<AppEnv>): ExportFormat {
  const format = c.req.query('format') ?? 'pdf';
  if (!isExportFormat(format)) throw badRequest('Choose pdf, docx, html or md.', 'invalid_format');
  return format;
}

/** `lang=es` writes the fixed text in Spanish; the team's own words are never translated. */
export function languageOf(c: Context<AppEnv>): Language {
  const language = c.req.query('lang') ?? defaultLanguage;
  if (!isLanguage(language)) throw badRequest('Choose lang=en or lang=es.', 'invalid_language');
  return language;
}

/**
 * The family's copy: `translations=beside|instead` prints translations of record into
 * `translationLanguage` (the export's language when absent) beside the team's words or instead of them.
 */
function translationsOf(c: Context<AppEnv>, language: Language): { mode: TranslationMode; language: TranslationLanguage } | null {
  const mode = c.req.query('translations');
  if (mode === undefined || mode === '') return null;
  if (!isTranslationMode(mode)) throw badRequest('Choose translations=beside or translations=instead.', 'invalid_translations');
  const into = c.req.query('translationLanguage') ?? language;
  if (!isTranslationLanguage(into)) throw badRequest('Choose the language of the translations, for example translationLanguage=es.', 'invalid_translation_language');
  return { mode, language: into };
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

  /** `updates` are the plan's stored Yjs updates: the worker reads them, not this thread. */
  const exportPlan = async (c: Context<AppEnv>, updates: readonly Uint8Array[], version: StoredVersion | null, suggestions: SuggestionsInExport = 'hide') => {
    const workspaceId = ws(c);
    const format = formatOf(c);
    const language = languageOf(c);
    const translating = translationsOf(c, language);
    const { identity } = await requireMember(c, workspaceId, 'export');
    const services = c.get('services');
    // A version shows what it froze and the draft shows the workspace as it is now. A version
    // from before records were kept shows only what it froze (its plan and signatures) and
    // says so: the team and meetings of today must never pass for the ones that agreed it.
    const frozen = version ? await services.versions.record(version.id) : null;
    const shown = version ? null : await currentRecord(services, workspaceId);
    const base: Omit<PlanExportInput, 'plan'> = frozen
      ? { version, student: frozen.student, team: frozen.team, meetings: frozen.meetings, timeZone: frozen.timeZone, language }
      : version
        ? { version, student: await unfrozenStudent(services, workspaceId), team: [], meetings: [], timeZone: version.timeZone, language, unfrozenRecord: true }
        : { version, student: shown!.student, team: shown!.team, meetings: shown!.meetings, timeZone: shown!.timeZone, language };
    // A version prints the translations frozen with it, never today's.
    const made = { ...base, madeAt: new Date().toISOString() };
    const input: Omit<PlanExportInput, 'plan'> = translating ? { ...made, translations: { ...translating, entries: (version ? frozen?.translations : shown?.translations) ?? [] } } : made;
    const file = await rendered(services.exports.renderStoredPlan(format, updates, input, suggestions));
    await services.audit.record({
      workspaceId,
      actorId: identity.user.id,
      action: 'plan.exported',
      subject: version?.id ?? planDocName(workspaceId),
      details: { format, ...(language === defaultLanguage ? {} : { language }), ...(translating ? { translations: `${translating.mode}:${translating.language}` } : {}), version: version ? `${version.number}` : 'draft', ...(version ? { hash: version.hash } : {}) },
    });
    return download(c, file, planFileName(input, format));
  };

  app.get('/workspaces/:workspaceId/plan/export', async (c) => {
    await requireMember(c, ws(c), 'export');
    const suggestions = readSuggestionsOption(c.req.query('suggestions'));
    return exportPlan(c, await c.get('services').documents.storedUpdates(planDocName(ws(c))), null, suggestions);
  });

  app.get('/workspaces/:workspaceId/versions/:versionId/export', async (c) => {
    await requireMember(c, ws(c), 'export');
    const { versions } = c.get('services');
    const version = await versions.find(ws(c), c.req.param('versionId'));
    if (!version) throw notFound('No such version.', 'no_version');
    return exportPlan(c, [await versions.state(version.id)], version);
  });

  app.get('/workspaces/:workspaceId/meetings/:meetingId/export', async (c) => {
    const workspaceId = ws(c);
    const format = formatOf(c);
    const language = languageOf(c);
    const { identity } = await requireMember(c, workspaceId, 'export');
    const services = c.get('services');
    const meeting = (await services.meetings.list(workspaceId)).find((entry) => entry.id === c.req.param('meetingId'));
    if (!meeting) throw notFound('No such meeting.', 'no_meeting');
    const { student, team, timeZone } = await currentRecord(services, workspaceId, { meetings: false });
    const input = { meeting, content: await services.documents.readMeeting(workspaceId, meeting.id), student, team, timeZone, language, madeAt: new Date().toISOString() };
    const file = await rendered(services.exports.renderMeeting(format, input));
    await services.audit.record({ workspaceId, actorId: identity.user.id, action: 'plan.exported', subject: meeting.docName, details: { format, document: 'meeting notes', ...(language === defaultLanguage ? {} : { language }) } });
    return download(c, file, meetingFileName(input, format));
  });

  return app;
}
