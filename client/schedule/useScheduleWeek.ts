import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { planDoc, ScheduleDoc, type ScheduleSessionView, type ScheduleSnapshot, type ServiceView } from '../../shared/schema';
import { scheduleWeek, type ScheduleWeek } from '../../shared/scheduleWeek';

/** The live schedule and plan services, recomputed into the week shown on every change. */
export function useScheduleWeek(scheduleDoc: Y.Doc, plan: Y.Doc, weekDate: string, draft: ScheduleSessionView | null): { snapshot: ScheduleSnapshot; services: ServiceView[]; week: ScheduleWeek; draftWeek: ScheduleWeek | null } {
  const schedule = useMemo(() => new ScheduleDoc(scheduleDoc), [scheduleDoc]);
  const services = useMemo(() => planDoc(plan).services, [plan]);
  const [snapshot, setSnapshot] = useState(() => schedule.snapshot());
  const [serviceList, setServiceList] = useState(() => services.list());
  useEffect(() => {
    setSnapshot(schedule.snapshot());
    return schedule.observe(() => setSnapshot(schedule.snapshot()));
  }, [schedule]);
  useEffect(() => {
    setServiceList(services.list());
    return services.observe(() => setServiceList(services.list()));
  }, [services]);
  const week = useMemo(() => scheduleWeek(snapshot, serviceList, weekDate), [snapshot, serviceList, weekDate]);
  // What the session being typed would run into, before anyone saves it.
  const draftWeek = useMemo(() => (draft ? scheduleWeek({ ...snapshot, sessions: [...snapshot.sessions, draft] }, serviceList, weekDate) : null), [draft, snapshot, serviceList, weekDate]);
  return { snapshot, services: serviceList, week, draftWeek };
}
