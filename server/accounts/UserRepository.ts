import type Database from 'better-sqlite3';
import type { UserView } from '../../shared/api';
import { defaultLanguage, isLanguage, type Language } from '../../shared/i18n/languages';
import { newId, nowIso } from './secrets';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  email_verified_at: string | null;
  language: string;
}

export interface UserWithHash extends UserView {
  readonly passwordHash: string;
}

const toView = (row: UserRow): UserWithHash => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  emailVerified: row.email_verified_at !== null,
  language: isLanguage(row.language) ? row.language : defaultLanguage,
  passwordHash: row.password_hash,
});

export class UserRepository {
  constructor(private readonly db: Database.Database) {}

  create(email: string, displayName: string, passwordHash: string, language: Language = defaultLanguage): UserView {
    const id = newId('u');
    this.db
      .prepare('INSERT INTO users (id, email, display_name, password_hash, created_at, language) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, email, displayName, passwordHash, nowIso(), language);
    return { id, email, displayName, emailVerified: false, language };
  }

  setLanguage(userId: string, language: Language): void {
    this.db.prepare('UPDATE users SET language = ? WHERE id = ?').run(language, userId);
  }

  findByEmail(email: string): UserWithHash | null {
    const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?').get(email);
    return row ? toView(row) : null;
  }

  findById(id: string): UserWithHash | null {
    const row = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
    return row ? toView(row) : null;
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM users').get()!.n;
  }

  /**
   * Marks the address verified, but only if it is still the account's address: a link mailed to
   * an old address proves nothing about a new one. False if already verified or changed.
   */
  markEmailVerified(userId: string, email: string): boolean {
    return (
      this.db
        .prepare('UPDATE users SET email_verified_at = ? WHERE id = ? AND email = ? AND email_verified_at IS NULL')
        .run(nowIso(), userId, email).changes > 0
    );
  }

  setPasswordHash(userId: string, passwordHash: string): void {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
  }
}

export function publicUser(user: UserView): UserView {
  return { id: user.id, email: user.email, displayName: user.displayName, emailVerified: user.emailVerified, language: user.language };
}
