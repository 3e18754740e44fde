import type { Kysely, Selectable } from 'kysely';
import type { Database, PlanTranslationsTable } from '../data/Database';
import { isRole } from '../../shared/roles';
import { isTranslationLanguage, pathKey, type FieldPath, type TranslationLanguage } from '../../shared/translations';
import type { Role } from '../../shared/roles';

/** A translation as stored: what it says, the source it was made from, who made it and when. */
export interface StoredTranslation {
  readonly path: string[];
  readonly language: TranslationLanguage;
  readonly text: string;
  readonly sourceText: string;
  readonly sourceHash: string;
  readonly author: { readonly userId: string; readonly name: string; readonly role: Role };
  readonly updatedAt: string;
}

/** A translation as a version freezes it and an export prints it (its hash is the server's business). */
export type RecordedTranslation = Omit<StoredTranslation, 'sourceHash'>;

/** A translation's row as the queries below select it. */
type Row = Omit<Selectable<PlanTranslationsTable>, 'workspace_id'>;

function fromRow(row: Row): StoredTranslation | null {
  if (!isTranslationLanguage(row.language)) return null;
  return {
    path: row.path.split('/'),
    language: row.language,
    text: row.text,
    sourceText: row.source_text,
    sourceHash: row.source_hash,
    author: { userId: row.author_id, name: row.author_name, role: isRole(row.author_role) ? row.author_role : 'observer' },
    updatedAt: row.updated_at,
  };
}

/**
 * Translations of record, one per workspace, field and language. Saving again replaces the
 * text and ties it to the field's words at that moment; the source is always the server's
 * reading of the plan, never something a client sent.
 */
export class TranslationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private select() {
    return this.db
      .selectFrom('plan_translations')
      .select(['path', 'language', 'text', 'source_text', 'source_hash', 'author_id', 'author_name', 'author_role', 'updated_at']);
  }

  async list(workspaceId: string): Promise<StoredTranslation[]> {
    const rows: Row[] = await this.select().where('workspace_id', '=', workspaceId).orderBy('path').orderBy('language').execute();
    return rows.map(fromRow).filter((translation): translation is StoredTranslation => translation !== null);
  }

  async save(workspaceId: string, translation: StoredTranslation): Promise<void> {
    const values = {
      text: translation.text,
      source_text: translation.sourceText,
      source_hash: translation.sourceHash,
      author_id: translation.author.userId,
      author_name: translation.author.name,
      author_role: translation.author.role,
      updated_at: translation.updatedAt,
    };
    await this.db
      .insertInto('plan_translations')
      .values({ workspace_id: workspaceId, path: pathKey(translation.path), language: translation.language, ...values })
      .onConflict((oc) => oc.columns(['workspace_id', 'path', 'language']).doUpdateSet(values))
      .execute();
  }

  async find(workspaceId: string, path: FieldPath, language: TranslationLanguage): Promise<StoredTranslation | null> {
    const row: Row | undefined = await this.select().where('workspace_id', '=', workspaceId).where('path', '=', pathKey(path)).where('language', '=', language).executeTakeFirst();
    return row ? fromRow(row) : null;
  }
}
