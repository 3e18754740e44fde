/**
 * The pages of the client, read from the address bar. The server reads addresses the same way
 * to name a page's code in the page it sends (server/http/pagePreloads.ts).
 */
export type Route =
  | { page: 'home' }
  | { page: 'signin' }
  | { page: 'signup' }
  | { page: 'workspace'; workspaceId: string }
  | { page: 'plan'; workspaceId: string }
  | { page: 'meeting'; workspaceId: string; meetingId: string }
  | { page: 'progress'; workspaceId: string }
  | { page: 'schedule'; workspaceId: string }
  | { page: 'services'; workspaceId: string }
  | { page: 'notes'; workspaceId: string }
  | { page: 'invite'; secret: string }
  | { page: 'settings' }
  | { page: 'caseload' }
  | { page: 'forgot-password' }
  | { page: 'reset-password'; secret: string }
  | { page: 'verify-email'; secret: string }
  | { page: 'unsubscribe' }
  | { page: 'glossary' }
  | { page: 'not-found'; path: string };

/** Workspace ids and invitation secrets are URL-safe tokens; anything else is not ours. */
const idPattern = /^[A-Za-z0-9_-]{1,128}$/;

export const paths = {
  home: '/',
  signIn: '/signin',
  signUp: '/signup',
  settings: '/settings',
  caseload: '/caseload',
  forgotPassword: '/forgot-password',
  unsubscribe: '/unsubscribe',
  glossary: '/glossary',
  workspace: (workspaceId: string) => `/w/${encodeURIComponent(workspaceId)}`,
  plan: (workspaceId: string) => `/w/${encodeURIComponent(workspaceId)}/plan`,
  progress: (workspaceId: string) => `/w/${encodeURIComponent(workspaceId)}/progress`,
  schedule: (workspaceId: string) => `/w/${encodeURIComponent(workspaceId)}/schedule`,
  services: (workspaceId: string) => `/w/${encodeURIComponent(workspaceId)}/services`,
  notes: (workspaceId: string) => `/w/${encodeURIComponent(workspaceId)}/notes`,
  meeting: (workspaceId: string, meetingId: string) => `/w/${encodeURIComponent(workspaceId)}/meeting/${encodeURIComponent(meetingId)}`,
  invite: (secret: string) => `/invite/${encodeURIComponent(secret)}`,
} as const;

export function parseRoute(pathname: string): Route {
  // Trailing slashes are cut by walking back, not with /\/+$/: on a path of thousands of slashes
  // that pattern backtracks from every one of them (100 ms for 16 KiB, and the server reads
  // every page address with this).
  let end = pathname.length;
  while (end > 1 && pathname[end - 1] === '/') end -= 1;
  const trimmed = pathname.slice(0, end);
  if (trimmed === '/' || trimmed === '') return { page: 'home' };
  if (trimmed === paths.signIn) return { page: 'signin' };
  if (trimmed === paths.signUp) return { page: 'signup' };
  if (trimmed === paths.settings) return { page: 'settings' };
  if (trimmed === paths.caseload) return { page: 'caseload' };
  if (trimmed === paths.forgotPassword) return { page: 'forgot-password' };
  if (trimmed === paths.unsubscribe) return { page: 'unsubscribe' };
  if (trimmed === paths.glossary) return { page: 'glossary' };

  const [, first, id, rest, ...extra] = trimmed.split('/');
  if (first === 'w' && id && idPattern.test(id) && rest === 'meeting' && extra.length === 1 && idPattern.test(extra[0]!)) {
    return { page: 'meeting', workspaceId: id, meetingId: extra[0]! };
  }
  if (!id || !idPattern.test(id) || extra.length > 0) return { page: 'not-found', path: pathname };
  if (first === 'w' && rest === undefined) return { page: 'workspace', workspaceId: id };
  if (first === 'w' && rest === 'plan') return { page: 'plan', workspaceId: id };
  if (first === 'w' && rest === 'progress') return { page: 'progress', workspaceId: id };
  if (first === 'w' && rest === 'schedule') return { page: 'schedule', workspaceId: id };
  if (first === 'w' && rest === 'services') return { page: 'services', workspaceId: id };
  if (first === 'w' && rest === 'notes') return { page: 'notes', workspaceId: id };
  if (first === 'invite' && rest === undefined) return { page: 'invite', secret: id };
  // One-time links mailed to a person (the server's /verify-email/ and /reset-password/ links).
  if (first === 'verify-email' && rest === undefined) return { page: 'verify-email', secret: id };
  if (first === 'reset-password' && rest === undefined) return { page: 'reset-password', secret: id };
  return { page: 'not-found', path: pathname };
}
