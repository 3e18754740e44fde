import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { iepComponents, iepCompleteness } from '../../shared/iepCompleteness';
import { planDoc, sectionIds, type Author } from '../../shared/schema';
import { writeCompletePlan } from '../helpers/iepFixture';

const manager: Author = { userId: 'u-cm', name: 'Priya Nair', role: 'case_manager', setting: 'school' };

describe('completeness of the IEP', () => {
  it('lists thirteen required parts for a young child, none complete in a new plan', () => {
    const result = iepCompleteness(planDoc(new Y.Doc()).snapshot());
    expect(result.requiredTotal).toBe(13);
    expect(result.line).toBe('0 of 13 required parts complete');
  });

  it('counts every required part once the plan holds them and a meeting had the whole team', () => {
    const plan = planDoc(new Y.Doc());
    writeCompletePlan(plan, manager);
    expect(iepCompleteness(plan.snapshot(), { teamCovered: false }).line).toBe('12 of 13 required parts complete');
    const done = iepCompleteness(plan.snapshot(), { teamCovered: true });
    expect(done.components.filter((component) => component.required && !component.complete)).toEqual([]);
    expect(done.line).toBe('All 13 required parts complete');
  });

  it('names the missing parts, and asks for an explanation only when time is spent outside general education', () => {
    const plan = planDoc(new Y.Doc());
    writeCompletePlan(plan, manager, ['assessments', 'priorWrittenNotice']);
    const missing = iepCompleteness(plan.snapshot(), { teamCovered: true }).components.filter((c) => c.required && !c.complete).map((c) => c.id);
    expect(missing).toEqual(['assessments', 'priorWrittenNotice']);
    plan.placement.setExplanation('');
    expect(iepCompleteness(plan.snapshot(), { teamCovered: true }).components.find((c) => c.id === 'placement')?.complete).toBe(false);
  });

  it('adds transition and transfer of rights from the IEP in effect at the configured ages', () => {
    const plan = planDoc(new Y.Doc());
    writeCompletePlan(plan, manager);
    plan.student.update({ dateOfBirth: '2010-01-10' });
    // Turns 16 on 10 January 2026, during this IEP: transition applies, majority does not.
    expect(iepCompleteness(plan.snapshot(), { teamCovered: true }).line).toBe('13 of 14 required parts complete');
    // A state where the age of majority is 17: the notice is due at 16, also during this IEP.
    expect(iepCompleteness(plan.snapshot(), { teamCovered: true, rules: { transitionAge: 16, majorityAge: 17 } }).line).toBe('13 of 15 required parts complete');
    for (const field of ['educationGoal', 'employmentGoal', 'assessments', 'services', 'courseOfStudy'] as const) plan.transition.setText(field, 'Written');
    plan.transition.setStudentInvited(true);
    plan.transition.setRightsInformed(true, '2025-09-10');
    expect(iepCompleteness(plan.snapshot(), { teamCovered: true, rules: { transitionAge: 16, majorityAge: 17 } }).line).toBe('All 15 required parts complete');
  });

  it('points every component at a section of the plan', () => {
    for (const component of iepComponents) expect(sectionIds).toContain(component.section);
    expect(new Set(iepComponents.map((component) => component.id)).size).toBe(iepComponents.length);
  });
});
