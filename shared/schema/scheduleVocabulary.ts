import type { Role, Setting } from '../roles';

/**
 * What can sit on the child's week. School services come from the plan, clinic appointments
 * from the clinic therapist, home routines and family constraints from the parents; the bell
 * schedule and protected core instruction frame the school day.
 */
export const sessionKinds = ['school_service', 'clinic', 'home', 'bell', 'protected', 'check_in', 'joint_evaluation'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const isSessionKind = (value: unknown): value is SessionKind =>
  typeof value === 'string' && (sessionKinds as readonly string[]).includes(value);

export const sessionKindLabels: Record<SessionKind, string> = {
  school_service: 'School service',
  clinic: 'Clinic appointment',
  home: 'Home routine or family time',
  bell: 'Bell schedule',
  protected: 'Protected core instruction',
  check_in: 'Team check-in',
  joint_evaluation: 'Joint evaluation session',
};

/** Where a kind of session happens, for travel time and the colours of the week. */
export const sessionKindSetting: Record<SessionKind, Setting> = {
  school_service: 'school',
  clinic: 'clinic',
  home: 'home',
  bell: 'school',
  protected: 'school',
  check_in: 'school',
  joint_evaluation: 'school',
};

/**
 * Who enters each kind: the people who own that part of the child's week. The case manager
 * coordinates the whole schedule, so may also move any session to resolve a conflict.
 */
const writers: Record<SessionKind, readonly Role[]> = {
  school_service: ['case_manager', 'teacher', 'school_therapist'],
  clinic: ['clinical_therapist'],
  home: ['parent'],
  bell: ['case_manager', 'teacher'],
  protected: ['case_manager', 'teacher'],
  // The case manager convenes the team; either therapist may propose observing together.
  check_in: ['case_manager'],
  joint_evaluation: ['case_manager', 'school_therapist', 'clinical_therapist'],
};

export function mayEnterKind(role: Role, kind: SessionKind): boolean {
  return writers[kind].includes(role);
}

export function mayMoveKind(role: Role, kind: SessionKind): boolean {
  return mayEnterKind(role, kind) || role === 'case_manager';
}

/** Kinds that are a session with the child (count toward a day's load, need travel time). */
export function isChildSession(kind: SessionKind): boolean {
  return kind === 'school_service' || kind === 'clinic' || kind === 'joint_evaluation';
}

/**
 * Kinds that occupy the child (a slot overlapping them is not free). Bells only describe the
 * day, and a check-in is the adults meeting without the child.
 */
export function occupiesChild(kind: SessionKind): boolean {
  return kind !== 'bell' && kind !== 'check_in';
}

/**
 * Kinds whose every occurrence is a meeting of the team with its own meeting document: a
 * recurring check-in, or a joint evaluation where both therapists observe together.
 */
export const meetingSessionKinds = { check_in: 'check_in', joint_evaluation: 'joint_evaluation' } as const;
export type MeetingSessionKind = keyof typeof meetingSessionKinds;

export function isMeetingSession(kind: SessionKind): kind is MeetingSessionKind {
  return kind in meetingSessionKinds;
}
