import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected, sameEmail } from '../data/engine';
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
  constructor(private readonly db: Kysely<Database>) {}

  async create(email: string, displayName: string, passwordHash: string, language: Language = defaultLanguage): Promise<UserView> {
    const id = newId('u');
    await this.db
      .insertInto('users')
      .values({ id, email, display_name: displayName, password_hash: passwordHash, created_at: nowIso(), language })
      .execute();
    return { id, email, displayName, emailVerified: false, language };
  }

  async setLanguage(userId: string, language: Language): Promise<void> {
    await this.db.updateTable('users').set({ language }).where('id', '=', userId).execute();
  }

  async findByEmail(email: string): Promise<UserWithHash | null> {
    const row: UserRow | undefined = await this.db.selectFrom('users').selectAll().where(sameEmail(this.db, 'email', email)).executeTakeFirst();
    return row ? toView(row) : null;
  }

  async findById(id: string): Promise<UserWithHash | null> {
    const row: UserRow | undefined = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toView(row) : null;
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Marks the address verified, but only if it is still the account's address: a link mailed to
   * an old address proves nothing about a new one. False if already verified or changed.
   */
  async markEmailVerified(userId: string, email: string): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set({ email_verified_at: nowIso() })
      .where('id', '=', userId)
      .where(sameEmail(this.db, 'email', email))
      .where('email_verified_at', 'is', null)
      .executeTakeFirst();
    return affected(result) > 0;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  }
}

export function publicUser(user: UserView): UserView {
  return { id: user.id, email: user.email, displayName: user.displayName, emailVerified: user.emailVerified, language: user.language };
}
