import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../../server/http/AppEnv';
import { apiRouteGroups } from '../../server/http/apiRouteGroups';
import { consentItemOfPart } from '../../server/http/consentGate';

/** The first path segment after a workspace's id, for every route the API has. */
function workspaceParts(): string[] {
  const app = new Hono<AppEnv>();
  for (const routes of apiRouteGroups()) app.route('/api', routes);
  const parts = app.routes
    .map((route) => /^\/api\/workspaces\/:[^/]+\/([^/]+)/.exec(route.path)?.[1])
    .filter((part): part is string => part !== undefined);
  return [...new Set(parts)].sort();
}

describe('the consent gate knows every part of a workspace’s API', () => {
  it('has decided, for each part, which box of a consent opens it or that it is the team’s own business', () => {
    const parts = workspaceParts();
    expect(parts).toContain('plan');
    expect(parts).toContain('translations');
    // A part left out would be closed to a clinic therapist; this names it so someone decides.
    expect(parts.filter((part) => consentItemOfPart(part) === null)).toEqual([]);
  });

  it('puts the plan’s translations with the plan and closes a part it has never heard of', () => {
    expect(consentItemOfPart('translations')).toBe('plan');
    expect(consentItemOfPart('members')).toBe('team');
    expect(consentItemOfPart('diary')).toBeNull();
    expect(consentItemOfPart('constructor')).toBeNull();
  });
});
