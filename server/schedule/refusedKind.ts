import type { SessionKind } from '../../shared/schema';
import { forbidden, type HttpError } from '../http/errors';

/** Who enters each kind of session, said when someone else tries; meetings follow the role's rights. */
export function refusedKind(kind: SessionKind): HttpError {
  switch (kind) {
    case 'school_service':
      return forbidden('Only school staff who edit the plan enter school services.', 'school_services_by_staff');
    case 'clinic':
      return forbidden('Only the clinic therapist enters clinic appointments.', 'clinic_by_therapist');
    case 'home':
      return forbidden('Only the parents enter home routines and family times.', 'home_by_parents');
    case 'bell':
      return forbidden('Only the case manager or a teacher sets the bell schedule.', 'bell_by_teachers');
    case 'protected':
      return forbidden('Only the case manager or a teacher marks protected instruction.', 'protected_by_teachers');
    default:
      return forbidden('Your role on this team does not allow that.', 'role_not_allowed');
  }
}
