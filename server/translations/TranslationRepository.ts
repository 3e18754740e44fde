import type Database from 'better-sqlite3';
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

interface Row {
  path: string;
  language: string;
  text: string;
  source_text: string;
  source_hash: string;
  author_id: string;
  author_name: string;
  author_role: string;
  updated_at: string;
}

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
  constructor(private readonly db: Database.Database) {}

  list(workspaceId: string): StoredTranslation[] {
    return this.db
      .prepare<[string], Row>(
        `SELECT path, language, text, source_text, source_hash, author_id, author_name, author_role, updated_at
         FROM plan_translations WHERE workspace_id = ? ORDER BY path, language`,
      )
      .all(workspaceId)
      .map(fromRow)
      .filter((translation): translation is StoredTranslation => translation !== null);
  }

  save(workspaceId: string, translation: StoredTranslation): void {
    this.db
      .prepare(
        `INSERT INTO plan_translations (workspace_id, path, language, text, source_text, source_hash, author_id, author_name, author_role, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, path, language) DO UPDATE SET
           text = excluded.text, source_text = excluded.source_text, source_hash = excluded.source_hash,
           author_id = excluded.author_id, author_name = excluded.author_name, author_role = excluded.author_role,
           updated_at = excluded.updated_at`,
      )
      .run(
        workspaceId,
        pathKey(translation.path),
        translation.language,
        translation.text,
        translation.sourceText,
        translation.sourceHash,
        translation.author.userId,
        translation.author.name,
        translation.author.role,
        translation.updatedAt,
      );
  }

  find(workspaceId: string, path: FieldPath, language: TranslationLanguage): StoredTranslation | null {
    const row = this.db
      .prepare<[string, string, string], Row>(
        `SELECT path, language, text, source_text, source_hash, author_id, author_name, author_role, updated_at
         FROM plan_translations WHERE workspace_id = ? AND path = ? AND language = ?`,
      )
      .get(workspaceId, pathKey(path), language);
    return row ? fromRow(row) : null;
  }
}
