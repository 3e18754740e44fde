import { hashPassword } from '../../server/accounts/passwords';
import { defaultConfig } from '../../server/config';
import { createLogger } from '../../server/logger';
import { createServices, type Services } from '../../server/services';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { openDataLayer } from '../../server/data/openDataLayer';
import { PostgresDocumentStore } from '../../server/store/postgres/PostgresDocumentStore';
import { databaseUrlForDataDir } from './testEngine';
import { sessionCookieName } from '../../server/accounts/Authenticator';
import { roleDefinitions, type Role } from '../../shared/roles';
import type { Author } from '../../shared/schema';

export const testPassword = 'correct horse battery staple';

export interface SeededMember {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  /** A personal access token, for `?token=` on sockets and Bearer on REST. */
  readonly token: string;
  /** A live session cookie header, as a browser would send it. */
  readonly cookie: string;
}

export interface SeededTeam {
  readonly workspaceId: string;
  readonly planDoc: string;
  readonly members: Record<string, SeededMember>;
}

let counter = 0;

/** Creates people (case manager first) and one student's workspace with them as members. */
export async function seedTeam(services: Services, people: Record<string, Role> = { manager: 'case_manager' }): Promise<SeededTeam> {
  const passwordHash = await hashPassword(testPassword);
  const members: Record<string, SeededMember> = {};
  let workspaceId: string | null = null;
  for (const [name, role] of Object.entries(people)) {
    counter += 1;
    const email = `${name}.${process.pid}.${counter}@example.org`;
    const user = await services.users.create(email, name, passwordHash);
    await services.users.markEmailVerified(user.id, email);
    if (workspaceId === null) {
      if (role !== 'case_manager') throw new Error('the first person seeded must be the case manager');
      workspaceId = (await services.workspaces.create(user.id, { studentName: 'Sam Example', gradeOrBirthDate: 'Grade 2', school: 'Elm Street Elementary' })).id;
    } else {
      await services.workspaces.addMember(workspaceId, user.id, role, null);
    }
    const { secret } = await services.sessions.create(user.id);
    members[name] = {
      userId: user.id,
      email,
      role,
      token: (await services.tokens.create(user.id, 'test')).token,
      cookie: `${sessionCookieName}=${secret}`,
    };
  }
  if (!workspaceId) throw new Error('seed at least one person');
  return { workspaceId, planDoc: `${workspaceId}/plan`, members };
}

/** Seeds a data folder before a server process starts on it. */
export async function seedDataDir(dataDir: string, people?: Record<string, Role>, options: { databaseUrl?: string } = {}): Promise<SeededTeam> {
  const db = openDatabase(dataDir);
  const logger = createLogger('silent');
  // The engine the server started on this folder will use (PostgreSQL under TEST_ENGINE=postgres,
  // or the database the caller's servers are given).
  const data = await openDataLayer({ databaseUrl: options.databaseUrl ?? databaseUrlForDataDir(dataDir) }, db, logger);
  try {
    const documents = data.pool ? new PostgresDocumentStore(data.pool) : new SqliteDocumentStore(db);
    return await seedTeam(createServices(data.db, documents, { ...defaultConfig, dataDir }, logger), people);
  } finally {
    await data.close();
    db.close();
  }
}

/** The author record a seeded member's contributions carry (their id, name, role and setting). */
export function authorOf(team: SeededTeam, name: string): Author {
  const member = team.members[name]!;
  return { userId: member.userId, name, role: member.role, setting: roleDefinitions[member.role].setting };
}
