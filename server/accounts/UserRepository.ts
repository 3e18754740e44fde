import type Database from 'better-sqlite3';
import type { UserView } from '../../shared/api';
import { newId, nowIso } from './secrets';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
}

export interface UserWithHash extends UserView {
  readonly passwordHash: string;
}

const toView = (row: UserRow): UserWithHash => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  passwordHash: row.password_hash,
});

export class UserRepository {
  constructor(private readonly db: Database.Database) {}

  create(email: string, displayName: string, passwordHash: string): UserView {
    const id = newId('u');
    this.db
      .prepare('INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, email, displayName, passwordHash, nowIso());
    return { id, email, displayName };
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
}

export function publicUser(user: UserView): UserView {
  return { id: user.id, email: user.email, displayName: user.displayName };
}
