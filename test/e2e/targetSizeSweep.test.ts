import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { seedBusyWorkspace, type BusyWorkspace } from '../helpers/busyWorkspace';
import { smallTargets } from '../helpers/smallTargets';
import { catalogLookup } from '../../shared/i18n/catalogPathNames';
import { catalogs } from '../../shared/i18n/catalogs';
import type { Language } from '../../shared/i18n/languages';

const people = { manager: 'Dana Ortiz-Montgomery', therapist: 'Priya Nair-Subramanian', parent: 'Alexandra Konstantinopoulou' } as const;
/** The app's own target size (--tap-size in tokens.css). */
const tapSize = 44;
const widths = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

interface View {
  readonly path: (busy: BusyWorkspace) => string;
  readonly ready: (page: Page) => Promise<unknown>;
  /** What a person opens on the page, each measured on the page as it first shows. */
  readonly opened?: Record<string, (page: Page) => Promise<unknown>>;
}

/** The app's words for a catalog key in the page's language, so the sweep runs in each. */
function wordsIn(language: Language) {
  const lookup = catalogLookup(catalogs[language]);
  return (key: string, values: Record<string, string> = {}): string => {
    const message = lookup(key);
    if (message === null) throw new Error(`no message ${key} in ${language}`);
    return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const click = (name: string | RegExp) => (page: Page) => page.getByRole('button', { name }).first().click();
const opening = (name: string | RegExp, shows: string) => async (page: Page) => {
  await click(name)(page);
  await page.locator(shows).first().waitFor();
};
/** The conversation in the comments, opened from the list (which is a sheet on a phone). */
const openThread = async (page: Page) => {
  const toggle = page.locator('.threads-panel__toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('.threads-panel').getByText('Which slant board does he use at home?').first().click();
  await page.locator('.thread-detail__back').waitFor();
};
const connected = (page: Page) => page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();

/** Every page of a busy workspace, found by the words of `language`. */
const workspacePages = (language: Language): Record<string, View> => {
  const words = wordsIn(language);
  return {
    students: { path: () => '/', ready: (page) => page.getByTestId('workspace-list').waitFor() },
    team: {
      path: (busy) => `/w/${busy.workspaceId}`,
      ready: (page) => page.getByTestId('versions-panel').getByText(words('versions.number', { number: '1' }), { exact: true }).waitFor(),
      opened: {
        'the download menu': opening(new RegExp(`^${escaped(words('versions.download'))}`), '.export-menu__popup'),
        'a version compared': opening(new RegExp(`^${escaped(words('versions.compare'))}`), '.changes__group'),
      },
    },
    plan: {
      path: (busy) => `/w/${busy.workspaceId}/plan`,
      ready: async (page) => {
        await connected(page);
        await page.locator('.iep-coverage').waitFor();
      },
      opened: {
        'a conversation': openThread,
        'the inbox': opening(new RegExp(`^${escaped(words('comments.inbox'))}`), '.inbox__popover'),
        'what is missing': async (page) => {
          await page.locator('.completeness__summary').click();
          await page.locator('.completeness__missing button').first().waitFor();
        },
        history: async (page) => {
          await page.getByTestId('history-button').click();
          await page.getByTestId('history-entry').first().waitFor();
        },
      },
    },
    meeting: {
      path: (busy) => `/w/${busy.workspaceId}/meeting/${busy.meetingId}`,
      ready: async (page) => {
        await connected(page);
        await expect.poll(() => page.locator('#meeting-agenda .meeting-row').count()).toBe(3);
      },
      // Its words are the start of the wide screen's label too (Show the plan beside the agenda).
      opened: { 'the plan beside': opening(words('meetingPage.showPlanInstead'), '.iep-coverage') },
    },
    progress: {
      path: (busy) => `/w/${busy.workspaceId}/progress`,
      ready: (page) => page.locator('.chart__point').first().waitFor(),
      opened: {
        'a point': async (page) => {
          await page.locator('.chart__point').last().click();
          await page.locator('.point-details').waitFor();
        },
      },
    },
    week: {
      path: (busy) => `/w/${busy.workspaceId}/schedule`,
      // The grid on a laptop, the list on a phone; each opens the other.
      ready: (page) => page.locator('[data-testid="session-block"], [data-testid="week-list-session"]').first().waitFor(),
      opened: {
        'the other view': async (page) => {
          await page.locator('.week-views button[aria-pressed="false"]').click();
          await page.locator('.week-views button[aria-pressed="true"]').waitFor();
          await page.locator('[data-testid="session-block"], [data-testid="week-list-session"]').first().waitFor();
        },
      },
    },
    'service log': { path: (busy) => `/w/${busy.workspaceId}/services`, ready: (page) => page.getByTestId('log-entries').waitFor() },
    'session notes': { path: (busy) => `/w/${busy.workspaceId}/notes`, ready: (page) => page.getByText('The slant board helped').first().waitFor() },
    settings: { path: () => '/settings', ready: (page) => page.getByTestId('email-verified').waitFor() },
    'plain words': { path: () => '/glossary', ready: (page) => page.getByTestId('glossary').waitFor() },
    'an invitation for someone else': { path: (busy) => `/invite/${busy.invitationSecret}`, ready: (page) => page.getByTestId('invitation-title').waitFor() },
  };
};

/**
 * Every control a person taps or clicks, on every page of a busy workspace and what opens on
 * it, for the case manager, a therapist and a parent, on a laptop and a phone: none is smaller
 * than 44 × 44 px. The exceptions, and why (test/helpers/smallTargets.ts):
 * - a link or link-like button inside a sentence: WCAG 2.5.8's inline exception;
 * - a disabled control: tapping it does nothing, and a disabled choice reads as plain text.
 * The connection status is not among the controls: it is a live status, with nothing to tap.
 */
describe('every control on every page keeps the app’s target size', () => {
  let busy: BusyWorkspace;
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.therapist]: 'school_therapist', [people.parent]: 'parent' }, async (server, team) => {
    busy = await seedBusyWorkspace(server, team, people);
    // A conversation with a reply, so the comments show their controls.
    const api = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
    const plan = await api(people.manager).request<{ plan: { goals: { id: string }[] } }>('GET', `/api/workspaces/${busy.workspaceId}/plan`);
    const anchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: plan.body.plan.goals[0]!.id, field: 'target' }, label: 'The handwriting goal' };
    const thread = await api(people.parent).request<{ threadId: string }>('POST', `/api/workspaces/${busy.workspaceId}/threads`, { anchor, body: 'Which slant board does he use at home?', mentions: [] });
    expect(thread.status).toBe(201);
    const reply = await api(people.therapist).request('POST', `/api/workspaces/${busy.workspaceId}/threads/${thread.body.threadId}/comments`, { body: 'The one from the clinic; I will send a photo.', mentions: [] });
    expect(reply.status).toBe(201);
  });

  /** Every small control of every page (and what opens on it) for one person, or nobody signed in, at one width. */
  async function smallOnEveryPage(person: string | null, viewport: { width: number; height: number }, views: Record<string, View>): Promise<string[]> {
    const found: string[] = [];
    for (const [viewName, view] of Object.entries(views)) {
      const page = person
        ? await openPageAs(suite.browser, suite.server, suite.team, person, view.path(busy), { viewport, waitForConnection: false })
        : await suite.browser.newContext({ viewport }).then((context) => context.newPage());
      try {
        if (!person) await page.goto(`${suite.server.url}${view.path(busy)}`);
        await view.ready(page);
        await page.waitForLoadState('networkidle');
        const onPage = await smallTargets(page, tapSize);
        found.push(...onPage.map((small) => `${viewName}: ${small}`));
        for (const [stateName, act] of Object.entries(view.opened ?? {})) {
          await page.reload();
          await view.ready(page);
          await act(page);
          // Only what the opening adds: the page's own are named once, above.
          const added = (await smallTargets(page, tapSize)).filter((small) => !onPage.includes(small));
          found.push(...added.map((small) => `${viewName}, ${stateName}: ${small}`));
        }
      } finally {
        await page.context().close();
      }
    }
    return found;
  }

  const caseload: Record<string, View> = { caseload: { path: () => '/caseload', ready: (page) => page.getByTestId('caseload-student').first().waitFor() } };
  const cases = [
    ['the case manager', people.manager, { ...workspacePages('en'), ...caseload }],
    ['a therapist', people.therapist, workspacePages('en')],
    ['a parent', people.parent, workspacePages('en')],
  ] as const;

  const signedOutPage = (path: string): View => ({ path: () => path, ready: (page) => page.locator('main .card').first().waitFor() });
  const signedOut: Record<string, View> = {
    'sign in': signedOutPage('/signin'),
    'sign up': signedOutPage('/signup'),
    'forgotten password': signedOutPage('/forgot-password'),
    'an invitation': { path: (busy) => `/invite/${busy.invitationSecret}`, ready: (page) => page.getByTestId('invitation-title').waitFor() },
  };

  it('for someone not signed in, on a laptop and a phone', { timeout: 300_000 }, async () => {
    const found = [];
    for (const viewport of Object.values(widths)) found.push(...(await smallOnEveryPage(null, viewport, signedOut)));
    expect(found).toEqual([]);
  });

  for (const [who, person, views] of cases) {
    for (const [widthName, viewport] of Object.entries(widths)) {
      it(`for ${who} on a ${widthName}`, { timeout: 300_000 }, async () => {
        expect(await smallOnEveryPage(person, viewport, views)).toEqual([]);
      });
    }
  }

  // Spanish runs a third longer than English: labels wrap, and a wrapped label must keep its size.
  it('for a parent on a phone, in Spanish', { timeout: 300_000 }, async () => {
    const parentId = suite.team.members[people.parent]!.userId;
    await suite.server.services.users.setLanguage(parentId, 'es');
    try {
      expect(await smallOnEveryPage(people.parent, widths.phone, workspacePages('es'))).toEqual([]);
    } finally {
      await suite.server.services.users.setLanguage(parentId, 'en');
    }
  });
});
