import { planDocName } from '../shared/docName';
import { roleDefinitions, type Role } from '../shared/roles';
import { planDoc, type Author, type ScheduleSessionInput, type ServiceInput, type ServiceType } from '../shared/schema';
import { addDays, mondayOf, todayIn } from '../shared/scheduleTime';
import { addScheduleSession, planServicesOf } from '../server/schedule/addScheduleSession';
import type { Services } from '../server/services';

/**
 * The demo student's week, so a person trying the app sees a schedule worth reading: school
 * speech twice a week, school OT, clinic OT after school, a home practice and a protected
 * reading block. Two things on it are what the page is for: Tuesday's speech falls in the
 * reading block (a 30-minute block drawn beside a 90-minute one), and Thursday's clinic OT
 * starts 15 minutes after school OT ends, short of the 30 the team allows to travel.
 *
 * Every session goes through `addScheduleSession`, as the API's would, each entered by the
 * member whose role enters that kind. Sessions have fixed ids, so running the demo again adds
 * nothing twice.
 */

export interface DemoMember {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

const planServiceInputs: Record<'speech' | 'ot', ServiceInput> = {
  speech: { type: 'speech', provider: 'Ms. Rivera, SLP', frequency: '2 × 30 min weekly', duration: '30 min', location: 'Speech room', minutesPerWeek: 60, setting: 'outside_general_education' },
  ot: { type: 'ot', provider: 'Priya Nair, OTR/L', frequency: 'Weekly', duration: '45 min', location: 'OT room', minutesPerWeek: 45, setting: 'outside_general_education' },
};

interface DemoSession {
  readonly id: string;
  readonly by: Role;
  /** 0 for Monday: the weekday of the first occurrence. */
  readonly day: number;
  readonly at: string;
  readonly input: Omit<ScheduleSessionInput, 'start'>;
}

function demoSessions(serviceIds: Record<'speech' | 'ot', string>): DemoSession[] {
  return [
    { id: 'ses_demo_reading', by: 'teacher', day: 0, at: '08:30', input: { kind: 'protected', title: 'Reading block', minutes: 90, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' } },
    { id: 'ses_demo_speech_tue', by: 'case_manager', day: 1, at: '09:30', input: { kind: 'school_service', title: 'Speech', serviceId: serviceIds.speech, minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=TU', providerName: 'Ms. Rivera' } },
    { id: 'ses_demo_speech_fri', by: 'case_manager', day: 4, at: '11:00', input: { kind: 'school_service', title: 'Speech', serviceId: serviceIds.speech, minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=FR', providerName: 'Ms. Rivera' } },
    { id: 'ses_demo_school_ot', by: 'school_therapist', day: 3, at: '14:45', input: { kind: 'school_service', title: 'School OT', serviceId: serviceIds.ot, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TH' } },
    { id: 'ses_demo_clinic_ot', by: 'clinical_therapist', day: 3, at: '15:45', input: { kind: 'clinic', title: 'Clinic OT', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TH' } },
    { id: 'ses_demo_home_practice', by: 'parent', day: 0, at: '18:30', input: { kind: 'home', title: 'Speech practice', minutes: 30, rrule: 'FREQ=WEEKLY;BYDAY=MO,WE' } },
  ];
}

const authorOf = (member: DemoMember): Author => ({ userId: member.id, name: member.name, role: member.role, setting: roleDefinitions[member.role].setting });

/** The plan's speech and OT services, added by the case manager when the plan has none of that type. */
async function ensurePlanServices(services: Services, workspaceId: string, manager: DemoMember): Promise<Record<'speech' | 'ot', string>> {
  const existing = await planServicesOf(services.documents, workspaceId);
  const ids: Partial<Record<ServiceType, string>> = {};
  for (const service of existing) ids[service.type] ??= service.id;
  await services.rooms.change(planDocName(workspaceId), (doc) => {
    for (const [type, input] of Object.entries(planServiceInputs) as ['speech' | 'ot', ServiceInput][]) {
      // A service of the draft plan begins when the plan does, as the plan's own services do.
      const startDate = planDoc(doc).snapshot().dates.startDate;
      ids[type] ??= planDoc(doc).services.add({ ...input, ...(startDate ? { startDate } : {}) }, authorOf(manager));
    }
  });
  return { speech: ids.speech!, ot: ids.ot! };
}

/** Seeds the week; the series start four weeks back, so the weeks before this one are filled too. */
export async function seedDemoWeek(services: Services, workspaceId: string, team: readonly DemoMember[]): Promise<number> {
  const member = (role: Role) => team.find((person) => person.role === role)!;
  const serviceIds = await ensurePlanServices(services, workspaceId, member('case_manager'));
  const firstMonday = addDays(mondayOf(todayIn(await services.workspaces.timeZone(workspaceId))), -28);
  let added = 0;
  for (const session of demoSessions(serviceIds)) {
    const by = member(session.by);
    const input: ScheduleSessionInput = { ...session.input, start: `${addDays(firstMonday, session.day)}T${session.at}` };
    if (await addScheduleSession(services, workspaceId, by.role, authorOf(by), session.id, input)) added += 1;
  }
  return added;
}
