import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../shared/api';
import type { ReminderView } from '../../shared/reminders';
import { addDays, instantOf, todayIn } from '../../shared/scheduleTime';
import { feedDaysAhead, feedDaysBack } from '../../server/calendar/personalFeed';
import { parseIcs, prop } from '../helpers/icalendar';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { startMailSink } from '../helpers/mailSink';
import { writePlan } from '../helpers/seedPlanItems';
import { startTestServer, type TestServer } from '../helpers/testServer';

/** The same day `months` later (day clamped by the caller: only the month is read). */
function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** Tuesday 10 March 2026, 9:00 in Chicago: the clock the job is run with. */
const zone = 'America/Chicago';
const tuesdayMorning = instantOf('2026-03-10', 9 * 60, zone);

describe('check-ins as meetings, and reminders', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let serviceId: string;
  const api = (name: string, from: SeededTeam = team): ApiClient => apiClient(server.url, { cookie: from.members[name]!.cookie });
  const schedule = (rest: string) => `/api/workspaces/${team.workspaceId}/schedule${rest}`;
  const occurrence = (sessionId: string, date: string) => schedule(`/sessions/${sessionId}/occurrences/${date}/meeting`);
  const checkIn = { id: 'ses_checkin', kind: 'check_in', title: 'Monthly team check-in', start: '2026-02-11T16:00', minutes: 30, rrule: 'FREQ=MONTHLY;BYMONTHDAY=11' };
  const reminders = async (name: string) => (await api(name).request<{ reminders: ReminderView[] }>('GET', '/api/notifications/reminders')).body.reminders;
  const mailsTo = (name: string) => sink.received.filter((mail) => mail.to.includes(team.members[name]!.email));

  beforeEach(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Bridgeplan <plans@example.org>' });
    team = await seedTeam(server.services, { dana: 'case_manager', priya: 'school_therapist', chen: 'clinical_therapist', alex: 'parent', olive: 'observer' });
    other = await seedTeam(server.services, { stranger: 'case_manager' });
    await server.services.workspaces.setTimeZone(team.workspaceId, zone);
    serviceId = await writePlan(
      server, team, 'dana',
      (plan) => {
        plan.dates.update({ annualReviewDue: '2026-03-17' });
        return plan.services.add({ type: 'ot', frequency: '1 × weekly', duration: '45 min' }, authorOf(team, 'dana'));
      },
      (plan) => plan.services.list().length === 1 && plan.dates.get().annualReviewDue === '2026-03-17',
    );
  });
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('makes each occurrence of a check-in one meeting, however many open it at once, and refuses others', async () => {
    expect((await api('alex').request('POST', schedule('/sessions'), checkIn)).status).toBe(403);
    expect((await api('dana').request('POST', schedule('/sessions'), checkIn)).status).toBe(201);
    const clinic = { id: 'ses_clinic', kind: 'clinic', title: 'Clinic OT', start: '2026-03-10T15:00', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
    expect((await api('chen').request('POST', schedule('/sessions'), clinic)).status).toBe(201);

    expect((await apiClient(server.url).request('POST', occurrence('ses_checkin', '2026-03-11'))).status).toBe(401);
    expect((await api('stranger', other).request('POST', occurrence('ses_checkin', '2026-03-11'))).status).toBe(403);
    const notMeeting = await api('dana').request<{ error: { id: string } }>('POST', occurrence('ses_clinic', '2026-03-10'));
    expect([notMeeting.status, notMeeting.body.error.id]).toEqual([400, 'not_a_meeting']);
    const wrongDay = await api('dana').request<{ error: { id: string } }>('POST', occurrence('ses_checkin', '2026-03-12'));
    expect([wrongDay.status, wrongDay.body.error.id]).toEqual([404, 'no_occurrence']);

    // Two people, on two instances sharing the database, open the same occurrence at once.
    const second = await startTestServer({ dataDir: server.dataDir });
    try {
      const opened = await Promise.all([
        api('dana').request<{ meeting: MeetingSummary }>('POST', occurrence('ses_checkin', '2026-03-11')),
        apiClient(second.url, { cookie: team.members.alex!.cookie }).request<{ meeting: MeetingSummary }>('POST', occurrence('ses_checkin', '2026-03-11')),
        api('olive').request<{ meeting: MeetingSummary }>('POST', occurrence('ses_checkin', '2026-03-11')),
      ]);
      expect(opened.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(opened.map((r) => r.body.meeting.id)).size).toBe(1);
    } finally {
      await second.close();
    }
    const meetings = (await api('priya').request<{ meetings: MeetingSummary[] }>('GET', `/api/workspaces/${team.workspaceId}/meetings`)).body.meetings;
    expect(meetings.map((m) => [m.kind, m.title, m.startsAt])).toEqual([['check_in', 'Monthly team check-in', '2026-03-11T21:00:00.000Z']]);
    // Its own document knows what it is, written once by the server.
    const content = await api('alex').request<{ content: { kind: string; startsAt: string } }>('GET', `/api/workspaces/${team.workspaceId}/meetings/${meetings[0]!.id}`);
    expect(content.body.content).toMatchObject({ kind: 'check_in', startsAt: '2026-03-11T21:00:00.000Z' });
    // Moving the series to 17:00 takes the meetings still to come with it; held ones stay.
    const future = await api('dana').request<{ meeting: MeetingSummary }>('POST', occurrence('ses_checkin', '2099-03-11'));
    expect(future.body.meeting.startsAt).toBe('2099-03-11T21:00:00.000Z');
    expect((await api('dana').request('PATCH', schedule('/sessions/ses_checkin'), { start: '2026-02-11T17:00' })).status).toBe(200);
    expect((await server.services.meetings.find(team.workspaceId, future.body.meeting.id))!.startsAt).toBe('2099-03-11T22:00:00.000Z');
    expect((await server.services.meetings.find(team.workspaceId, meetings[0]!.id))!.startsAt).toBe('2026-03-11T21:00:00.000Z');
    // The next month's occurrence is a different meeting.
    const april = await api('dana').request<{ meeting: MeetingSummary }>('POST', occurrence('ses_checkin', '2026-04-11'));
    expect(april.status).toBe(201);
    expect(april.body.meeting.id).not.toBe(meetings[0]!.id);
  });

  it('reminds each person once of what concerns them, in the app and by mail per their choice', async () => {
    expect((await api('dana').request('POST', schedule('/sessions'), checkIn)).status).toBe(201);
    const ot = { kind: 'school_service', serviceId, title: 'School OT', start: '2026-03-03T15:00', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
    expect((await api('priya').request('POST', schedule('/sessions'), ot)).status).toBe(201);
    const log = `/api/workspaces/${team.workspaceId}/service-log`;
    expect((await api('priya').request('POST', log, { serviceId, date: '2026-03-05', minutes: 45, status: 'missed_child', note: 'Absent' })).status).toBe(201);
    // The parent wants no mail and no reminder about sessions.
    expect((await api('alex').request('PUT', '/api/notifications/preferences', { session_today: 'never' })).status).toBe(200);

    const given = await server.services.reminderJob.run(tuesdayMorning);
    expect(given).toBeGreaterThan(0);
    // Tomorrow's check-in became a meeting ahead of time, and everyone hears of it.
    const meetings = (await server.services.meetings.list(team.workspaceId));
    expect(meetings.map((m) => m.startsAt)).toEqual(['2026-03-11T21:00:00.000Z']);
    for (const person of ['dana', 'priya', 'chen', 'alex', 'olive']) {
      expect((await reminders(person)).filter((r) => r.kind === 'meeting_tomorrow').map((r) => r.link)).toEqual([`/w/${team.workspaceId}/meeting/${meetings[0]!.id}`]);
    }
    const priyas = await reminders('priya');
    expect(priyas.find((r) => r.kind === 'session_today')?.facts).toEqual({ date: '2026-03-10', sessions: [{ title: 'School OT', start: 900, minutes: 45 }] });
    expect((await reminders('alex')).map((r) => r.kind)).toEqual(['meeting_tomorrow']);
    const danas = await reminders('dana');
    expect(danas.map((r) => r.kind).sort()).toEqual(['meeting_tomorrow', 'missed_session', 'plan_date_due']);
    expect(danas.find((r) => r.kind === 'plan_date_due')?.facts).toEqual({ due: 'annualReview', date: '2026-03-17', daysLeft: 7 });
    expect(danas.find((r) => r.kind === 'missed_session')?.facts).toMatchObject({ date: '2026-03-05', status: 'missed_child' });
    expect((await reminders('olive')).some((r) => r.kind === 'missed_session')).toBe(false);

    await server.services.notifier.idle();
    const priyaMail = mailsTo('priya').map((mail) => mail.raw).join('\n');
    expect(priyaMail).toContain('Reminder: sessions today');
    expect(priyaMail).not.toContain('School OT');
    expect(mailsTo('alex').some((mail) => mail.raw.includes('sessions today'))).toBe(false);
    // The missed session is a daily-digest kind by default: queued, not mailed at once.
    expect(mailsTo('dana').some((mail) => mail.raw.includes('make-up'))).toBe(false);

    // The same pass again, and again an hour later: nobody is reminded twice.
    const mailed = sink.received.length;
    expect(await server.services.reminderJob.run(tuesdayMorning)).toBe(0);
    expect(await server.services.reminderJob.run(new Date(tuesdayMorning.getTime() + 3_600_000))).toBe(0);
    await server.services.notifier.idle();
    expect(sink.received.length).toBe(mailed);
    expect((await server.services.meetings.list(team.workspaceId))).toHaveLength(1);

    // Moving today's session is news again: the reminder names the new time.
    const otId = await sessionIdOf('School OT');
    expect((await api('priya').request('PATCH', schedule(`/sessions/${otId}`), { move: { from: '2026-03-10', to: '2026-03-10T13:00' } })).status).toBe(200);
    expect(await server.services.reminderJob.run(new Date(tuesdayMorning.getTime() + 2 * 3_600_000))).toBe(1);
    expect((await reminders('priya')).filter((r) => r.kind === 'session_today').map((r) => r.facts)).toContainEqual({ date: '2026-03-10', sessions: [{ title: 'School OT', start: 780, minutes: 45 }] });

    // Reading one: only one's own.
    const mine = (await reminders('dana'))[0]!;
    expect((await api('priya').request('POST', `/api/notifications/reminders/${mine.id}/read`)).status).toBe(404);
    expect((await apiClient(server.url).request('GET', '/api/notifications/reminders')).status).toBe(401);
    expect((await api('dana').request('POST', `/api/notifications/reminders/${mine.id}/read`)).status).toBe(204);
    expect((await reminders('dana')).map((r) => r.id)).not.toContain(mine.id);
  });

  it('tells a clinic therapist whose consent ticks only the schedule of their sessions, and not of the team’s meetings', async () => {
    const consent = await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'The week', scopeItems: ['schedule'], purpose: 'OT' });
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    expect((await api('dana').request('POST', schedule('/sessions'), checkIn)).status).toBe(201);
    const clinic = { id: 'ses_clinic', kind: 'clinic', title: 'Clinic OT', start: '2026-03-10T15:00', minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
    expect((await api('chen').request('POST', schedule('/sessions'), clinic)).status).toBe(201);
    const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    expect((await api('dana').request('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'annual_review', title: 'Review of medication', startsAt })).status).toBe(201);

    await server.services.reminderJob.run(tuesdayMorning);
    await server.services.notifier.idle();
    expect((await reminders('chen')).map((r) => r.kind)).toEqual(['session_today']);
    expect(mailsTo('chen').map((mail) => mail.raw).join('\n')).not.toMatch(/medication|\/meeting\//);
    expect(mailsTo('chen').some((mail) => mail.raw.includes('sessions today'))).toBe(true);
    // The school therapist beside them hears of both meetings.
    expect((await reminders('priya')).map((r) => r.kind)).toContain('meeting_tomorrow');
    expect(mailsTo('priya').filter((mail) => mail.raw.includes('/meeting/')).length).toBeGreaterThanOrEqual(2);
  });

  it('puts each check-in in everyone’s calendar once: as its meeting once it is one, as a session before', async () => {
    expect((await api('dana').request('POST', schedule('/sessions'), checkIn)).status).toBe(201);
    const today = todayIn(zone);
    // Two 11ths inside the feed's window (a week back, 56 days ahead: any 63 days hold two):
    // the first becomes a meeting, the second is still a session.
    const elevenths = [-1, 0, 1, 2, 3].map((n) => `${addMonths(today, n).slice(0, 8)}11`).filter((date) => date >= addDays(today, -feedDaysBack) && date < addDays(today, feedDaysAhead)).slice(0, 2);
    expect(elevenths).toHaveLength(2);
    const opened = await api('dana').request<{ meeting: MeetingSummary }>('POST', occurrence('ses_checkin', elevenths[0]!));
    expect(opened.status).toBe(201);
    const created = await api('priya').request<{ url: string }>('POST', '/api/calendar/feed');
    const text = await (await fetch(`${server.url}${new URL(created.body.url).pathname}`)).text();
    const events = parseIcs(text).children.filter((c) => c.type === 'VEVENT');
    const on = (date: string) => events.filter((e) => prop(e, 'DTSTART')!.value.startsWith(date.replace(/-/g, '')));
    expect(on(elevenths[0]!).map((e) => prop(e, 'UID')!.value)).toEqual([`${opened.body.meeting.id}.${team.workspaceId}@bridgeplan`]);
    expect(on(elevenths[1]!).map((e) => prop(e, 'UID')!.value)).toEqual([`ses_checkin@${elevenths[1]}.${team.workspaceId}@bridgeplan`]);
  });

  async function sessionIdOf(title: string): Promise<string> {
    const week = await api('dana').request<{ week: { occurrences: { sessionId: string; title: string }[] } }>('GET', schedule('/week?date=2026-03-10'));
    return week.body.week.occurrences.find((o) => o.title === title)!.sessionId;
  }
});
