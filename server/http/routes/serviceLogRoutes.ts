import { Hono } from 'hono';
import { serviceTypeLabels } from '../../../shared/schema';
import type { ServiceLogView } from '../../../shared/scheduleApi';
import { isDeliveryStatus, mayRecordServiceLog, serviceLogTotals } from '../../../shared/serviceLog';
import { requiredWeeklyMinutes, sessionMinutes } from '../../../shared/serviceMinutes';
import { todayIn, addDays } from '../../../shared/scheduleTime';
import { localDate } from '../../schedule/scheduleInput';
import type { AppEnv } from '../AppEnv';
import { badRequest, forbidden } from '../errors';
import { requireMember } from '../middleware';
import { optionalStringField, readJsonObject, stringField } from '../readBody';
import { planServices } from './scheduleRoutes';


export function serviceLogRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  /** Entries, and totals per week and for the period (`from`, `to`; default the last 4 weeks). */
  app.get('/workspaces/:workspaceId/service-log', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId);
    const { serviceLog, workspaces, audit } = c.get('services');
    const today = todayIn((await workspaces.findForUser(workspaceId, identity.user.id))!.timeZone);
    const to = c.req.query('to') ? localDate(c.req.query('to'), 'End of period') : today;
    const from = c.req.query('from') ? localDate(c.req.query('from'), 'Start of period') : addDays(to, -27);
    if (from > to) throw badRequest('The period must start before it ends.', 'invalid_period');
    const entries = await serviceLog.list(workspaceId);
    const services = await planServices(c, workspaceId);
    await audit.recordRead({ workspaceId, actorId: identity.user.id, action: 'service_log.viewed', subject: workspaceId });
    const view: ServiceLogView = {
      entries: entries.filter((entry) => entry.date >= from && entry.date <= to),
      totals: services.map((service) => ({
        ...serviceLogTotals(service, entries, requiredWeeklyMinutes(service), from, to),
        serviceLabel: serviceTypeLabels[service.type] ?? service.type,
        serviceType: service.type,
        provider: service.provider,
        sessionMinutes: sessionMinutes(service),
      })),
    };
    return c.json(view);
  });

  app.post('/workspaces/:workspaceId/service-log', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId, 'edit');
    if (!mayRecordServiceLog(membership.role)) throw forbidden('Only the school staff who deliver services record them.', 'service_log_staff_only');
    const body = await readJsonObject(c);
    const serviceId = stringField(body, 'serviceId', { max: 64, label: 'Service' });
    if (!(await planServices(c, workspaceId)).some((service) => service.id === serviceId)) throw badRequest('Choose a service of the plan.', 'invalid_serviceId');
    const date = localDate(body.date);
    const status = body.status;
    if (!isDeliveryStatus(status)) throw badRequest('Status is delivered, missed_child, missed_provider or make_up.', 'invalid_status');
    const minutes = body.minutes;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0 || minutes > 480) throw badRequest('Minutes must be a whole number from 0 to 480.', 'invalid_minutes');
    const { serviceLog, audit } = c.get('services');
    let makeUpFor: string | null = null;
    if (status === 'make_up') {
      makeUpFor = stringField(body, 'makeUpFor', { max: 64, label: 'The missed session this makes up for' });
      const missed = await serviceLog.find(workspaceId, makeUpFor);
      if (!missed || missed.serviceId !== serviceId || (missed.status !== 'missed_child' && missed.status !== 'missed_provider')) {
        throw badRequest('A make-up names a missed session of the same service.', 'invalid_makeUpFor');
      }
    }
    const entry = await serviceLog.record({ workspaceId, serviceId, date, minutes: status.startsWith('missed') ? 0 : minutes, status, makeUpFor, note: optionalStringField(body, 'note', { max: 500, label: 'Note' }), recordedBy: identity.user.id });
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'service_log.recorded', subject: entry.id, details: { serviceId, status } });
    return c.json({ entry }, 201);
  });

  return app;
}
