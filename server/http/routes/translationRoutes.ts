import { Hono, type Context } from 'hono';
import {
  isFieldPath,
  isTranslationLanguage,
  maxTranslationLength,
  pathKey,
  type SaveTranslationResponse,
  type TranslatableField,
  type TranslationsResponse,
} from '../../../shared/translations';
import type { AppEnv } from '../AppEnv';
import { badRequest, conflict, notFound } from '../errors';
import { requireMember } from '../middleware';
import { readJsonObject } from '../readBody';
import { fieldSources, sourceHash, sourceTextAt } from '../../translations/fieldSources';
import { translationView } from '../../translations/translationStatus';
import { planDocName } from '../../../shared/docName';

/** Plain text: control characters other than newlines and tabs are dropped, ends trimmed. */
function readTranslationText(raw: unknown): string {
  if (typeof raw !== 'string') throw badRequest('Write the translation first.', 'invalid_text', { max: maxTranslationLength });
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
  if (text.length === 0) throw badRequest('Write the translation first.', 'invalid_text', { max: maxTranslationLength });
  if (text.length > maxTranslationLength) throw badRequest(`A translation can be at most ${maxTranslationLength} characters.`, 'invalid_text', { max: maxTranslationLength });
  return text;
}

/**
 * Translations of record. Every member reads them with the plan; members whose role may
 * translate (the interpreter, and everyone who may edit) add and update them. Saving never
 * touches the plan: the source a translation is tied to is read here, from the stored plan.
 */
export function translationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ws = (c: Context<AppEnv>) => c.req.param('workspaceId') ?? '';

  app.get('/workspaces/:workspaceId/translations', async (c) => {
    const workspaceId = ws(c);
    const { identity } = await requireMember(c, workspaceId);
    const services = c.get('services');
    const stored = await services.translations.list(workspaceId);
    const doc = await services.documents.loadDoc(planDocName(workspaceId));
    try {
      const byPath = new Map<string, typeof stored>();
      for (const translation of stored) byPath.set(pathKey(translation.path), [...(byPath.get(pathKey(translation.path)) ?? []), translation]);
      const fields: TranslatableField[] = fieldSources(doc).map((field) => ({
        ...field,
        sourceHash: sourceHash(field.text),
        translations: (byPath.get(pathKey(field.path)) ?? []).map((translation) => translationView(translation, field.text)),
      }));
      await services.audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'translations.read', subject: planDocName(workspaceId) });
      const body: TranslationsResponse = { fields };
      return c.json(body);
    } finally {
      doc.destroy();
    }
  });

  app.put('/workspaces/:workspaceId/translations', async (c) => {
    const workspaceId = ws(c);
    const { identity, membership } = await requireMember(c, workspaceId, 'translate');
    const body = await readJsonObject(c);
    if (!isFieldPath(body.path)) throw badRequest('That is not a field of the plan.', 'invalid_path');
    if (!isTranslationLanguage(body.language)) throw badRequest('Choose a language to translate into.', 'invalid_language');
    const text = readTranslationText(body.text);
    if (typeof body.sourceHash !== 'string') throw badRequest('Say which wording of the field you translated.', 'invalid_source_hash');
    const { path, language } = body;
    const services = c.get('services');
    const doc = await services.documents.loadDoc(planDocName(workspaceId));
    let source: string | null;
    try {
      source = sourceTextAt(doc, path);
    } finally {
      doc.destroy();
    }
    if (source === null || source.trim() === '') throw notFound('The plan has no such field, or it is empty.', 'no_such_field');
    const hash = sourceHash(source);
    // Translated from words the team has since changed: saving would tie it to words it does
    // not translate. The person sees the field as it is now and translates that.
    if (body.sourceHash !== hash) {
      throw conflict('The field changed while you were translating. Read it again and update your translation.', 'source_changed');
    }
    const translation = {
      path,
      language,
      text,
      sourceText: source,
      sourceHash: hash,
      author: { userId: identity.user.id, name: identity.user.displayName, role: membership.role },
      updatedAt: new Date().toISOString(),
    };
    await services.translations.save(workspaceId, translation);
    await services.audit.record({ workspaceId, actorId: identity.user.id, action: 'translation.saved', subject: `${planDocName(workspaceId)}#${pathKey(path)}`, details: { language } });
    const response: SaveTranslationResponse = { translation: translationView(translation, source) };
    return c.json(response);
  });

  return app;
}
