import type { Role } from '../../shared/roles';

/**
 * Whether every student this person's list holds is their own child: such a list speaks of
 * "your child" rather than of students or a caseload. An empty list is not a family's.
 */
export const isFamilyOnly = (students: readonly { readonly role: Role }[]): boolean => students.length > 0 && students.every((student) => student.role === 'parent');
