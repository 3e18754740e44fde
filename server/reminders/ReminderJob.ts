import { ScheduleDoc } from '../../shared/schema';
import { localMoment } from '../../shared/timeZone';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { errorFields, type Logger } from '../logger';
import { meetingOccurrencesOn, reminderEvents, type ReminderEvent } from './reminderEvents';
import { reminderLine } from './reminderText';
import { occurrenceMeeting } from '../schedule/occurrenceMeetings';
import { iepRulesOf } from '../workspaces/iepContext';
import type { Services } from '../services';
import { scheduleDocName } from '../../shared/docName';
import { consentAudience, everyoneChosen } from '../notifications/consentAudience';

/** How often the job looks; each event is reminded once, so a shorter period only makes reminders timelier. */
const runEveryMs = 15 * 60_000;

export interface ReminderJobOptions {
  /** Read when the job runs: the job is itself one of the services. */
  readonly services: () => Services;
  readonly logger: Logger;
  /** Injectable so tests can run "tomorrow morning" without waiting for it. */
  readonly clock?: () => Date;
}

/**
 * The periodic reminder job: for every student, in the student's own zone, it makes tomorrow's
 * check-in and joint evaluation meetings ahead of time, then reminds each person of what
 * concerns them (a meeting tomorrow, their sessions today, plan dates coming, missed sessions
 * without a make-up) once per event, in the app and by mail per their choice for that kind.
 * Running it twice, or on two instances, reminds nobody twice: the reminders table remembers.
 */
export class ReminderJob {
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  /** Where mail links point when no PUBLIC_URL is configured: the address the server listens on. */
  private origin = 'http://localhost';

  constructor(private readonly options: ReminderJobOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** One pass over every workspace as of `now`; resolves to the number of reminders given (shown or mailed). */
  run(now: Date = this.clock()): Promise<number> {
    // One pass at a time in this process: a slow pass is never overtaken by the next tick.
    this.running ??= this.pass(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  start(listeningAt: string): void {
    this.origin = listeningAt;
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) => this.options.logger.error('reminder run failed', errorFields(error)));
    }, runEveryMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  private async pass(now: Date): Promise<number> {
    const services = this.options.services();
    let given = 0;
    for (const workspace of await services.reminders.workspaces()) {
      try {
        given += await this.workspacePass(workspace.id, workspace.timeZone, now);
      } catch (error) {
        // One student's unreadable document must not stop everyone else's reminders.
        this.options.logger.warn('reminders skipped a workspace', { workspaceId: workspace.id, ...errorFields(error) });
      }
    }
    return given;
  }

  private async workspacePass(workspaceId: string, timeZone: string, now: Date): Promise<number> {
    const services = this.options.services();
    const today = todayIn(timeZone, now);
    const moment = localMoment(now, timeZone);
    const scheduleDoc = await services.documents.loadDoc(scheduleDocName(workspaceId));
    let schedule;
    try {
      schedule = new ScheduleDoc(scheduleDoc).snapshot();
    } finally {
      scheduleDoc.destroy();
    }
    for (const occurrence of meetingOccurrencesOn(schedule, addDays(today, 1))) {
      const session = schedule.sessions.find((s) => s.id === occurrence.sessionId)!;
      await occurrenceMeeting(services, workspaceId, session, occurrence.date, schedule.holidays);
    }
    const events = reminderEvents({
      workspaceId,
      timeZone,
      today,
      minute: moment.hour * 60 + moment.minute,
      members: await services.workspaces.members(workspaceId),
      meetings: await services.meetings.list(workspaceId),
      schedule,
      plan: await services.documents.readPlan(workspaceId),
      serviceLog: await services.serviceLog.list(workspaceId),
      rules: iepRulesOf(services),
    });
    let given = 0;
    for (const event of events) given += await this.deliver(workspaceId, timeZone, event, now);
    return given;
  }

  private async deliver(workspaceId: string, timeZone: string, event: ReminderEvent, now: Date): Promise<number> {
    const services = this.options.services();
    const origin = services.config.publicUrl ?? this.origin;
    let given = 0;
    // Kept in the app as well as mailed, so the consent decides before either.
    const audience = consentAudience(services, workspaceId, event.kind);
    for (const userId of new Set(event.recipients)) {
      if (!(await audience(userId))) continue;
      const delivery = (await services.notifications.preferences(userId))[event.kind];
      const isNew = await services.reminders.record({ userId, workspaceId, eventKey: event.key, kind: event.kind, facts: event.facts, link: event.path, at: now.toISOString(), shown: delivery !== 'never' });
      if (!isNew || delivery === 'never') continue;
      given += 1;
      services.notifier.notify({ kind: event.kind, line: reminderLine(event, timeZone), link: `${origin}${event.path}` }, [userId], null, everyoneChosen);
    }
    return given;
  }
}
