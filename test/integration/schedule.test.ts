import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ScheduleDoc } from '../../shared/schema';
import type { ScheduleWeekView } from '../../shared/scheduleApi';
import { occurrencesBetween } from '../../shared/scheduleRecurrence';
import { addDays, instantOf, mondayOf, todayIn } from '../../shared/scheduleTime';
import { hashSecret } from '../../server/accounts/secrets';
import { instantOfProperty, parseIcs, prop } from '../helpers/icalendar';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';
import { ruleFor } from '../../client/schedule/repeatRule';

describe('the child’s week through the server', () => {
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let serviceId: string;
  const clients: CollabClient[] = [];
  const api = (name: string, from: SeededTeam = team): ApiClient => apiClient(server.url, { cookie: from.members[name]!.cookie });
  const path = (rest: string) => `/api/workspaces/${team.workspaceId}/schedule${rest}`;
  const monday = mondayOf(todayIn('America/Chicago'));
  const tuesday = addDays(monday, 1);
  const ot = { kind: 'school_service', title: 'School OT', start: `${addDays(tuesday, -21)}T15:00`, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU', providerName: 'priya' };
  const clinic = { id: 'ses_clinic', kind: 'clinic', title: 'Clinic OT for Sam', start: `${tuesday}T15:00`, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { dana: 'case_manager', priya: 'school_therapist', chen: 'clinical_therapist', alex: 'parent', olive: 'observer' });
    other = await seedTeam(server.services, { stranger: 'case_manager' });
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
    serviceId = await writePlan(server, team, 'dana', (plan) => plan.services.add({ type: 'ot', frequency: '2 × weekly', duration: '45 min' }, authorOf(team, 'dana')), (plan) => plan.services.list().length === 1);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses strangers, other workspaces, observers and the wrong role for each kind', async () => {
    expect((await apiClient(server.url).request('GET', path('/week'))).status).toBe(401);
    expect((await api('stranger', other).request('GET', path('/week'))).status).toBe(403);
    expect((await api('stranger', other).request('POST', path('/sessions'), clinic)).status).toBe(403);
    expect((await api('olive').request('GET', path('/week'))).status).toBe(200);
    const refused = await api('olive').request<{ error: { id: string } }>('POST', path('/sessions'), { ...ot, serviceId });
    expect([refused.status, refused.body.error.id]).toEqual([403, 'role_not_allowed']);
    const notTheirs = await api('alex').request<{ error: { id: string } }>('POST', path('/sessions'), clinic);
    expect([notTheirs.status, notTheirs.body.error.id]).toEqual([403, 'clinic_by_therapist']);
    expect((await api('chen').request('POST', path('/sessions'), { ...ot, serviceId })).status).toBe(403);
    expect((await api('priya').request('POST', path('/sessions'), { ...ot, serviceId: 'nope' })).status).toBe(400);
    const badRule = await api('chen').request<{ error: { id: string } }>('POST', path('/sessions'), { ...clinic, rrule: 'FREQ=MINUTELY' });
    expect([badRule.status, badRule.body.error.id]).toEqual([400, 'invalid_rrule']);
    expect((await api('chen').request('POST', path('/sessions'), clinic)).status).toBe(201);
    expect((await api('priya').request('PATCH', path('/sessions/ses_clinic'), { minutes: 30 })).status).toBe(403);
    expect((await api('stranger', other).request('PATCH', path('/sessions/ses_clinic'), { minutes: 30 })).status).toBe(403);
    expect((await api('alex').request('PUT', path('/holidays/2026-12-25'), { name: 'Winter break' })).status).toBe(403);
    // The schedule socket is read-only for everyone: the API is the only writer.
    const socket = connectClient(server.wsUrl, `${team.workspaceId}/schedule`, { params: { token: team.members.chen!.token } });
    clients.push(socket);
    await socket.synced;
    new ScheduleDoc(socket.doc).remove('ses_clinic');
    const week = await api('dana').request<{ week: ScheduleWeekView }>('GET', path(`/week?date=${tuesday}`));
    expect(week.body.week.occurrences.map((o) => o.sessionId)).toContain('ses_clinic');
  });

  it('shows the conflict to both, and moving the appointment clears it; concurrent edits converge without duplicates', async () => {
    const dana = connectClient(server.wsUrl, `${team.workspaceId}/schedule`, { params: { token: team.members.dana!.token } });
    const chen = connectClient(server.wsUrl, `${team.workspaceId}/schedule`, { params: { token: team.members.chen!.token } });
    clients.push(dana, chen);
    await Promise.all([dana.synced, chen.synced]);

    // The same appointment sent twice at once (a double click, a retry) and school OT, together.
    const results = await Promise.all([
      api('chen').request('POST', path('/sessions'), clinic),
      api('chen').request('POST', path('/sessions'), clinic),
      api('priya').request<{ id: string }>('POST', path('/sessions'), { ...ot, serviceId, id: 'ses_ot' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 201, 201]);

    const week = await api('dana').request<{ week: ScheduleWeekView }>('GET', path(`/week?date=${tuesday}`));
    const overlap = week.body.week.conflicts.find((c) => c.kind === 'overlap')!;
    expect(overlap.people).toEqual(expect.arrayContaining(['chen', 'priya']));
    const slot = overlap.suggestions.find((s) => s.sessionId === 'ses_clinic')!;
    expect(slot).toBeDefined();

    // Meanwhile: the case manager moves it, the therapist shortens it, and both cancel the same date.
    const to = `${slot.date}T${String(Math.floor(slot.start / 60)).padStart(2, '0')}:${String(slot.start % 60).padStart(2, '0')}`;
    const cancelDate = addDays(tuesday, 14);
    const changes = await Promise.all([
      api('dana').request('PATCH', path('/sessions/ses_clinic'), { move: { from: tuesday, to } }),
      api('chen').request('PATCH', path('/sessions/ses_clinic'), { title: 'Clinic OT' }),
      api('chen').request('PUT', path(`/sessions/ses_clinic/cancelled/${cancelDate}`), { reason: 'Clinic closed' }),
      api('dana').request('PUT', path(`/sessions/ses_clinic/cancelled/${cancelDate}`), { reason: 'Clinic closed' }),
    ]);
    expect(changes.map((r) => r.status)).toEqual([200, 200, 200, 200]);

    await eventually(() => {
      expect(Y.encodeStateVector(dana.doc)).toEqual(Y.encodeStateVector(chen.doc));
      const seen = [new ScheduleDoc(dana.doc).snapshot(), new ScheduleDoc(chen.doc).snapshot()];
      expect(seen[0]).toEqual(seen[1]);
      expect(seen[0]!.sessions.map((s) => s.id).sort()).toEqual(['ses_clinic', 'ses_ot']);
      const occurrences = occurrencesBetween(seen[0]!.sessions, monday, 28, seen[0]!.holidays);
      expect(new Set(occurrences.map((o) => o.key)).size).toBe(occurrences.length);
      expect(occurrences.filter((o) => o.sessionId === 'ses_clinic')).toHaveLength(4);
      expect(seen[0]!.sessions.find((s) => s.id === 'ses_clinic')).toMatchObject({ title: 'Clinic OT', cancelled: { [cancelDate]: 'Clinic closed' } });
    });
    const after = await api('chen').request<{ week: ScheduleWeekView }>('GET', path(`/week?date=${tuesday}`));
    expect(after.body.week.conflicts.filter((c) => c.sessionIds.includes('ses_clinic') && c.kind !== 'shortfall')).toEqual([]);
    // The plan asks for 2 × 45 min of OT; one session a week is flagged short.
    expect(after.body.week.conflicts.find((c) => c.kind === 'shortfall')?.message).toContain('45 of 90');
  });

  it('repeats a monthly check-in on the same weekday of the month, in the week and in the feed', async () => {
    // This week's Thursday, and the same Thursday of next month ("the second Thursday").
    const thursday = addDays(monday, 3);
    const week = Math.ceil(Number(thursday.slice(8)) / 7);
    const nextMonth = new Date(Date.UTC(Number(thursday.slice(0, 4)), Number(thursday.slice(5, 7)), 1));
    const thursdays = Array.from({ length: 31 }, (_, i) => new Date(nextMonth.getTime() + i * 86_400_000))
      .filter((day) => day.getUTCMonth() === nextMonth.getUTCMonth() && day.getUTCDay() === 4)
      .map((day) => day.toISOString().slice(0, 10));
    const expected = week > 4 ? thursdays[thursdays.length - 1]! : thursdays[week - 1]!;
    // The rule the form sends for "Every month".
    const added = await api('dana').request('POST', path('/sessions'), { id: 'ses_checkin', kind: 'check_in', title: 'Monthly check-in', start: `${thursday}T16:00`, minutes: 30, rrule: ruleFor('monthly', thursday) });
    expect(added.status).toBe(201);

    const then = await api('dana').request<{ week: ScheduleWeekView }>('GET', path(`/week?date=${expected}`));
    expect(then.body.week.occurrences.filter((o) => o.sessionId === 'ses_checkin').map((o) => o.date)).toEqual([expected]);
    const created = await api('alex').request<{ url: string }>('POST', '/api/calendar/feed');
    const calendar = parseIcs(await (await fetch(`${server.url}${new URL(created.body.url).pathname}`)).text());
    const checkIns = calendar.children.filter((c) => c.type === 'VEVENT' && prop(c, 'SUMMARY')!.value.startsWith('Monthly check-in'));
    expect(checkIns.map((e) => prop(e, 'DTSTART')!.value)).toEqual(expect.arrayContaining([`${thursday.replace(/-/g, '')}T160000`, `${expected.replace(/-/g, '')}T160000`]));
    // Every date it falls on is a Thursday.
    for (const event of checkIns) {
      const value = prop(event, 'DTSTART')!.value;
      expect(new Date(Date.UTC(Number(value.slice(0, 4)), Number(value.slice(4, 6)) - 1, Number(value.slice(6, 8)))).getUTCDay()).toBe(4);
    }
  });

  it('serves a personal feed that parses back in the workspace’s zone, with initials only, until revoked', async () => {
    await api('priya').request('POST', path('/sessions'), { ...ot, serviceId });
    await api('chen').request('POST', path('/sessions'), clinic);
    const meeting = await api('dana').request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'check_in', title: 'Sam Example monthly check-in', startsAt: `${addDays(tuesday, 2)}T23:30:00.000Z` });
    expect(meeting.status).toBe(201);

    expect((await apiClient(server.url).request('POST', '/api/calendar/feed')).status).toBe(401);
    const created = await api('alex').request<{ url: string }>('POST', '/api/calendar/feed');
    expect(created.status).toBe(201);
    const feedPath = new URL(created.body.url).pathname;
    const response = await fetch(`${server.url}${feedPath}`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = await response.text();
    expect(text).not.toMatch(/Sam|Example/);

    const calendar = parseIcs(text);
    expect(calendar.type).toBe('VCALENDAR');
    const events = calendar.children.filter((c) => c.type === 'VEVENT');
    const ours = events.filter((e) => prop(e, 'DTSTART')!.value.startsWith(tuesday.replace(/-/g, '')));
    expect(ours.map((e) => prop(e, 'SUMMARY')!.value).sort()).toEqual(['Clinic OT for S. · S.E.', 'School OT · S.E.']);
    for (const event of ours) {
      const start = prop(event, 'DTSTART')!;
      expect(start.params.TZID).toBe('America/Chicago');
      expect(start.value).toBe(`${tuesday.replace(/-/g, '')}T150000`);
      expect(instantOfProperty(calendar, start).toISOString()).toBe(instantOf(tuesday, 900, 'America/Chicago').toISOString());
    }
    const checkIn = events.find((e) => prop(e, 'SUMMARY')!.value === 'Check-in · S.E.');
    expect(checkIn).toBeDefined();
    expect(instantOfProperty(calendar, prop(checkIn!, 'DTSTART')!).toISOString()).toBe(`${addDays(tuesday, 2)}T23:30:00.000Z`);
    expect(prop(checkIn!, 'DESCRIPTION')!.value).toContain('sign-in required');

    // The one-off invitation for the meeting: members only.
    const invite = `/api/workspaces/${team.workspaceId}/meetings/${meeting.body.meeting.id}/invite.ics`;
    expect((await api('stranger', other).request('GET', invite)).status).toBe(403);
    const inviteText = await (await fetch(`${server.url}${invite}`, { headers: { cookie: team.members.olive!.cookie } })).text();
    expect(parseIcs(inviteText).children.filter((c) => c.type === 'VEVENT')).toHaveLength(1);

    // Stored hashed: the database never holds the secret in the URL.
    const secret = feedPath.split('/').pop()!.replace('.ics', '');
    const rows = await server.services.data.selectFrom('calendar_feeds').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).toContain(hashSecret(secret));

    expect((await api('alex').request('DELETE', '/api/calendar/feed')).status).toBe(204);
    expect((await fetch(`${server.url}${feedPath}`)).status).toBe(404);
    expect((await fetch(`${server.url}${feedPath.replace(/.{5}\.ics$/, 'AAAAA.ics')}`)).status).toBe(404);
    const renewed = await api('alex').request<{ url: string }>('POST', '/api/calendar/feed');
    expect((await fetch(renewed.body.url.replace(/^https?:\/\/[^/]+/, server.url))).status).toBe(200);
  });

  it('totals the service log per week and per period and flags missed sessions without a make-up', async () => {
    const log = `/api/workspaces/${team.workspaceId}/service-log`;
    const record = (body: Record<string, unknown>) => api('priya').request<{ entry: { id: string } }>('POST', log, { serviceId, ...body });
    await record({ date: '2026-03-02', minutes: 45, status: 'delivered' });
    await record({ date: '2026-03-04', minutes: 45, status: 'delivered' });
    const missed = await record({ date: '2026-03-10', minutes: 45, status: 'missed_provider', note: 'Therapist out sick' });
    await record({ date: '2026-03-12', minutes: 45, status: 'missed_child' });
    await record({ date: '2026-03-16', minutes: 45, status: 'delivered' });
    await record({ date: '2026-03-18', minutes: 45, status: 'make_up', makeUpFor: missed.body.entry.id });
    expect((await api('alex').request('POST', log, { serviceId, date: '2026-03-02', minutes: 45, status: 'delivered' })).status).toBe(403);
    expect((await api('priya').request('POST', log, { serviceId, date: '2026-03-02', minutes: 45, status: 'make_up', makeUpFor: 'nope' })).status).toBe(400);
    expect((await api('stranger', other).request('GET', log)).status).toBe(403);

    const view = await api('alex').request<{ totals: { weeks: { weekStart: string; deliveredMinutes: number; requiredMinutes: number }[]; period: { deliveredMinutes: number; requiredMinutes: number }; missedWithoutMakeUp: { date: string }[] }[] }>('GET', `${log}?from=2026-03-02&to=2026-03-22`);
    const totals = view.body.totals[0]!;
    expect(totals.weeks.map((w) => [w.weekStart, w.deliveredMinutes, w.requiredMinutes])).toEqual([
      ['2026-03-02', 90, 90],
      ['2026-03-09', 0, 90],
      ['2026-03-16', 90, 90],
    ]);
    expect(totals.period).toMatchObject({ deliveredMinutes: 180, requiredMinutes: 270 });
    expect(totals.missedWithoutMakeUp.map((m) => m.date)).toEqual(['2026-03-12']);
  });

  it('keeps a clinic note outside the parent’s consent away from school members', async () => {
    const consent = await server.services.consents.create({ workspaceId: team.workspaceId, grantedBy: team.members.alex!.userId, recipientEmail: team.members.chen!.email, sharedScope: 'Progress notes on fine motor goals', purpose: 'Coordinate OT' });
    await server.services.workspaces.addMember(team.workspaceId, team.members.chen!.userId, 'clinical_therapist', consent.id);
    const [fineMotor, sensory] = await writePlan(
      server, team, 'dana',
      (plan) => [plan.goals.add({ area: 'fine_motor', target: 'Tripod grip' }, authorOf(team, 'dana')), plan.goals.add({ area: 'sensory', target: 'Self-regulation' }, authorOf(team, 'dana'))],
      (plan) => plan.goals.list().length === 2,
    );
    const notes = `/api/workspaces/${team.workspaceId}/notes`;
    const share = (person: string, targetId: string, body: string) => api(person).request('POST', notes, { targetKind: 'goal', targetId, body });
    expect((await share('chen', fineMotor!, 'What worked today: the slant board and a 2-minute movement break')).status).toBe(201);
    expect((await share('chen', sensory!, 'Weighted vest helped at the clinic')).status).toBe(201);
    expect((await share('priya', sensory!, 'Quiet corner before OT')).status).toBe(201);
    expect((await share('olive', sensory!, 'Observer note')).status).toBe(403);

    const read = async (person: string, query = '') => (await api(person).request<{ notes: { body: string }[] }>('GET', `${notes}${query}`)).body.notes.map((n) => n.body).sort();
    expect(await read('priya')).toEqual(['Quiet corner before OT', 'What worked today: the slant board and a 2-minute movement break']);
    expect(await read('olive', `?targetKind=goal&targetId=${sensory}`)).toEqual(['Quiet corner before OT']);
    expect(await read('alex', `?targetKind=goal&targetId=${sensory}`)).toEqual(['Quiet corner before OT', 'Weighted vest helped at the clinic']);
    expect(await read('chen', '?inbox=1')).toEqual(['Quiet corner before OT']);
    expect((await api('stranger', other).request('GET', notes)).status).toBe(403);

    // Withdrawing consent takes the clinic's notes back from school at once.
    await server.services.consents.revoke(consent.id, team.members.alex!.userId);
    expect(await read('dana')).toEqual(['Quiet corner before OT']);
  });
});
