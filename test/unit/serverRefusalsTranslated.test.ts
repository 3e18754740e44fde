import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../shared/i18n/catalogs';
import { scheduleClockSettings } from '../../shared/schema';
import { findServerRefusals, type RefusalSite } from './serverRefusals';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scan = findServerRefusals(root, join(root, 'server'));

/**
 * Ids composed at run time, by file and the expression that composes them, with every value
 * each can take. A composed id not listed here fails the test: add it with its values.
 */
const composedIds: Record<string, readonly string[]> = {
  // Every body field read with stringField, optionalStringField or emailField, found by the scan.
  'server/http/readBody.ts `invalid_${key}`': scan.fields.map((field) => `invalid_${field}`),
  // The number limits listed in the settings route, and the clock settings of the schedule.
  'server/http/routes/scheduleRoutes.ts `invalid_${key}`': ['invalid_travelBufferMinutes', 'invalid_maxSessionsPerDay', 'invalid_maxMinutesPerDay'],
  'server/http/routes/scheduleRoutes.ts `invalid_${setting}`': scheduleClockSettings.map((setting) => `invalid_${setting}`),
  // ExportFailureReason (server/export/worker/ExportRenderer.ts).
  'server/http/routes/exportRoutes.ts `export_${error.reason}`': ['export_timed_out', 'export_busy', 'export_too_large', 'export_failed'],
  // An invitation that is no longer pending.
  'server/http/routes/invitationRoutes.ts `invitation_${invitation.status}`': ['invitation_accepted', 'invitation_expired', 'invitation_revoked'],
};

/**
 * Refusals no screen of the app can lead a person to, so no catalog entry is needed. Keep it
 * short: an id a person can meet belongs in the catalog, in every language.
 */
const notForPeople: Record<string, string> = {
  not_found: 'only unknown static files and unknown API routes; the screens ask for neither',
  unauthorized: 'the client says it in its own words (problems.signedOut, with a link to sign in)',
  metrics_token_required: 'answers the operator’s metrics scraper',
  metrics_loopback_only: 'answers the operator’s metrics scraper',
  bad_origin: 'a request sent from another site; the app’s pages always send their own origin',
  cross_site_export: 'an export opened from another site lands on the raw answer, not on a screen of the app',
  invalid_json: 'the screens always send a JSON object',
  invalid_client_id: 'the client makes the comment’s id',
  client_id_taken: 'the client makes the comment’s id, 16 random characters or more',
  invalid_cursor: 'the audit log screen pages with the ids the server gave it',
  invalid_limit: 'the audit log screen asks for a fixed page size',
  invalid_filter: 'the audit log filters are chosen from lists of people and actions',
  invalid_format: 'export formats are chosen from buttons',
  invalid_translations: 'export options are chosen from fixed choices',
  invalid_translation_language: 'export options are chosen from fixed choices',
  invalid_suggestions: 'export options are chosen from fixed choices',
  invalid_source_hash: 'the client computes the hash of the wording it shows',
  invalid_versionHash: 'the client sends the hash of the version it shows',
  invalid_key: 'the schedule screen sends the conflict keys the server computed',
  version_immutable: 'no screen changes or deletes a version; only a hand-made request can try',
};

/** Ids the client makes itself for failures the server never answered (client/api/http.ts, errors.ts). */
const clientIds = new Set(['unreachable', 'unexpected', 'internal']);

const byId = (language: 'en' | 'es'): Record<string, string> => catalogs[language].problems.byId;
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
const where = (site: RefusalSite) => `${site.file}:${site.line}`;

function idsOf(site: RefusalSite): readonly string[] {
  if (!site.composed) return [site.id];
  return composedIds[`${site.file} ${site.id}`] ?? [];
}

describe('every refusal a person can meet is in the message catalog', () => {
  const found = new Map<string, RefusalSite[]>();
  for (const site of scan.sites) for (const id of idsOf(site)) found.set(id, [...(found.get(id) ?? []), site]);

  it('finds the refusals of the server', () => {
    expect(found.size).toBeGreaterThan(100);
    expect(scan.unknownFields).toEqual([]);
  });

  it('knows every composed id', () => {
    const unknown = scan.sites.filter((site) => site.composed && !(`${site.file} ${site.id}` in composedIds)).map((site) => `${where(site)} ${site.id}`);
    expect(unknown).toEqual([]);
  });

  it('has each id in both catalogs, or says why no person can meet it', () => {
    const missing = [...found.keys()].filter((id) => !(id in byId('en')) && !(id in notForPeople)).map((id) => `${id} (${found.get(id)!.map(where).join(', ')})`);
    expect(missing).toEqual([]);
    expect(Object.keys(byId('es')).sort()).toEqual(Object.keys(byId('en')).sort());
  });

  it('says the same facts in every language', () => {
    const differ = Object.entries(byId('en')).filter(([id, text]) => placeholders(byId('es')[id] ?? '').join() !== placeholders(text).join()).map(([id]) => id);
    expect(differ).toEqual([]);
  });

  it('names only facts the server sends with that id', () => {
    const unsent = scan.sites.flatMap((site) =>
      idsOf(site).flatMap((id) => {
        const needed = placeholders(byId('en')[id] ?? '');
        const absent = needed.filter((name) => !(site.facts ?? []).includes(name));
        return absent.length > 0 ? [`${where(site)} ${id} lacks ${absent.join(', ')}`] : [];
      }),
    );
    expect(unsent).toEqual([]);
  });

  it('lists only ids that still exist, neither translated nor excused twice', () => {
    const stale = [...Object.keys(notForPeople), ...Object.keys(byId('en')).filter((id) => !clientIds.has(id))].filter((id) => !found.has(id));
    expect(stale).toEqual([]);
    expect(Object.keys(notForPeople).filter((id) => id in byId('en'))).toEqual([]);
  });
});

describe('the scan for refusals', () => {
  it('reads literal ids, default ids, composed ids, facts and the fields a body reader refuses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refusals-'));
    try {
      mkdirSync(join(dir, 'server'));
      writeFileSync(
        join(dir, 'server', 'sample.ts'),
        [
          "import { badRequest, conflict, HttpError, notFound } from './errors';",
          "export function sample(body: Record<string, unknown>, reason: string, name: string) {",
          "  if (!body.a) throw badRequest(`Too long: ${name}.`, 'too_long', { name, max: 3 });",
          "  if (!body.b) throw notFound('No such thing.');",
          "  if (!body.c) throw new HttpError(410, `gone_${reason}`, 'Gone.');",
          "  if (!body.d) throw conflict('Taken.', 'taken', facts());",
          "  return [stringField(body, 'title', { max: 9, label: 'Title' }), emailField(body), stringField(body, name, { max: 1, label: 'X' })];",
          '}',
        ].join('\n'),
      );
      const { sites, fields, unknownFields } = findServerRefusals(dir, join(dir, 'server'));
      expect(sites.map((site) => [site.line, site.id, site.composed, site.facts])).toEqual([
        [3, 'too_long', false, ['name', 'max']],
        [4, 'not_found', false, []],
        [5, '`gone_${reason}`', true, []],
        [6, 'taken', false, null],
      ]);
      expect([fields, unknownFields]).toEqual([['email', 'title'], ['server/sample.ts:7']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
