import { hashPassword } from '../server/accounts/passwords';
import { loadConfig } from '../server/config';
import { createLogger } from '../server/logger';
import { createServices } from '../server/services';
import { openDataLayer } from '../server/data/openDataLayer';
import { BlobCipher } from '../server/store/BlobCipher';
import { openDocumentStore } from '../server/store/openDocumentStore';
import { openDatabase } from '../server/store/sqlite/openDatabase';
import { roleDefinitions, type Role } from '../shared/roles';
import { seedDemoPlan } from './demoPlan';
import { seedDemoWeek } from './demoWeek';

/**
 * `npm run demo`: a ready-made team for one student, so two browser windows can hold a meeting
 * within a minute. Safe to run again: existing demo people and the workspace are reused.
 */
const demoPassword = 'bridgeplan-demo';

interface Person {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

const people: Person[] = [
  { email: 'case.manager@demo.bridgeplan.test', name: 'Dana Ortiz', role: 'case_manager' },
  { email: 'teacher@demo.bridgeplan.test', name: 'Sam Lee', role: 'teacher' },
  { email: 'school.ot@demo.bridgeplan.test', name: 'Priya Nair', role: 'school_therapist' },
  { email: 'clinic.ot@demo.bridgeplan.test', name: 'Jordan Blake', role: 'clinical_therapist' },
  { email: 'parent@demo.bridgeplan.test', name: 'Alex Moreno', role: 'parent' },
];

async function seedDemo(): Promise<void> {
  const config = loadConfig(process.env);
  const db = openDatabase(config.dataDir);
  const logger = createLogger('silent');
  // The same engine the server will use: PostgreSQL when DATABASE_URL is set.
  const data = await openDataLayer(config, db, logger);
  const documents = await openDocumentStore(data, db, new BlobCipher(config.dataKey, config.dataKeyPrevious), logger);
  const services = createServices(data.db, documents.store, config, logger);
  const passwordHash = await hashPassword(demoPassword);

  const users: (Person & { id: string })[] = [];
  for (const person of people) {
    const existing = await services.users.findByEmail(person.email);
    const id = (existing ?? (await services.users.create(person.email, person.name, passwordHash))).id;
    // Made-up people at a reserved domain: their addresses count as confirmed, so the demo team
    // behaves like a real one (notification settings, invitations) without a mail server.
    await services.users.markEmailVerified(id, person.email);
    users.push({ ...person, id });
  }
  const manager = users[0]!;
  const parent = users.find((user) => user.role === 'parent')!;
  const existingWorkspace = (await services.workspaces.listForUser(manager.id)).find((w) => w.studentName === 'Maya Moreno');
  const workspace =
    existingWorkspace ??
    // A school's own zone, so the week reads in local school hours rather than in UTC.
    await services.workspaces.create(manager.id, { studentName: 'Maya Moreno', gradeOrBirthDate: 'Grade 2', school: 'Riverside Elementary', timeZone: 'America/Chicago' });
  if (!existingWorkspace) await services.audit.record({ workspaceId: workspace.id, actorId: manager.id, action: 'workspace.created', subject: workspace.id });

  for (const user of users.slice(1)) {
    if (await services.workspaces.membership(workspace.id, user.id)) continue;
    let consentId: string | null = null;
    if (user.role === 'clinical_therapist') {
      // The clinic therapist is on the team through the parent's recorded consent, as in real use.
      consentId = (await services.consents.create({
        workspaceId: workspace.id,
        grantedBy: parent.id,
        recipientEmail: user.email,
        sharedScope: 'Goals, supports, services and meeting notes of the IEP',
        scopeItems: ['plan', 'schedule', 'session_notes', 'progress'],
        purpose: 'Align clinic occupational therapy with school goals',
      })).id;
      await services.audit.record({ workspaceId: workspace.id, actorId: parent.id, action: 'consent.granted', subject: consentId });
    }
    await services.workspaces.addMember(workspace.id, user.id, user.role, consentId);
    await services.audit.record({ workspaceId: workspace.id, actorId: manager.id, action: 'member.joined', subject: user.id, details: { role: user.role } });
  }
  // The plan first: the week's school sessions count against the services it names.
  await seedDemoPlan(services, workspace.id, users, workspace.timeZone);
  const sessionsAdded = await seedDemoWeek(services, workspace.id, users);
  // The plan and schedule were written through their rooms: flush and close them before the store.
  await services.rooms.closeAll();
  await services.historyRecorder.flushAll();
  await documents.store.close();
  await data.close();
  db.close();

  const width = Math.max(...users.map((user) => user.email.length));
  process.stdout.write(
    [
      '',
      `Demo team ready for Maya Moreno (Grade 2) in ${config.dataDir}`,
      sessionsAdded > 0 ? `Her week has speech, OT at school and at the clinic, home practice and a protected reading block (${sessionsAdded} sessions added).` : 'Her week was already on the schedule.',
      '',
      `Sign in at http://localhost:${config.port} with password "${demoPassword}" as:`,
      ...users.map((user) => `  ${user.email.padEnd(width)}  ${user.name} (${roleDefinitions[user.role].label})`),
      '',
      'Tip: use a second browser (or a private window) to sign in as another person and edit together.',
      '',
    ].join('\n'),
  );
}

seedDemo().catch((error: unknown) => {
  process.stderr.write(`Could not seed the demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
