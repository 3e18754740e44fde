import { parseDocName } from '../../shared/docName';

export type PlanNameResult = { ok: true; docName: string } | { ok: false; problem: string };

/**
 * Reads what a person typed as a plan name. The rules come from shared/docName; the words here
 * are for people, so the common slips (spaces, stray slashes) get their own explanation.
 */
export function readPlanNameInput(raw: string): PlanNameResult {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return { ok: false, problem: 'Enter the name of the plan to open, for example demo.' };
  if (/\s/.test(trimmed)) {
    // U+2011 keeps the example on one line; a wrapped "reading-" looks like a typo.
    return { ok: false, problem: 'Plan names have no spaces. Use a dash (-) or an underscore (_) instead, for example reading\u2011plan.' };
  }
  const parsed = parseDocName(trimmed);
  if (parsed.ok) return { ok: true, docName: parsed.name };
  if (trimmed.includes('//')) return { ok: false, problem: 'Plan names cannot have two / in a row.' };
  return {
    ok: false,
    problem:
      'Plan names use only letters, numbers, dashes (-) and underscores (_), up to 64 in each part, with at most 4 parts separated by /.',
  };
}
