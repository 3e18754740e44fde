import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { seedBusyWorkspace, type BusyWorkspace } from '../helpers/busyWorkspace';

const people = { manager: 'Dana Ortiz-Montgomery', therapist: 'Priya Nair-Subramanian', parent: 'Alexandra Konstantinopoulou' } as const;
const phones = [{ width: 390, height: 844 }, { width: 320, height: 700 }] as const;

/**
 * The boxes made to scroll sideways on a phone: the week's seven days and the six columns of a
 * goal's numbers. The service log's weeks are not among them: they reflow to the screen (at
 * 320 px their table scrolled 7 px in its box).
 */
const scrollsSideways = '.week-grid, .points-table__scroll';

/**
 * What a phone cannot show whole, described for the failure message: the page scrolling
 * sideways, anything past the screen's edges, anything sticking out of its card, content
 * running out of its own box (a button's word under its neighbour, a link past a panel's
 * edge), and a box other than those above scrolling sideways. What is inside those may be
 * wider; each box itself may not. A problem is named once, where it starts, not again for
 * every box around it.
 */
function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate(({ screenWidth, sideways }) => {
    // Shown to screen readers only (clipped to a pixel), or not shown at all.
    const unseen = (element: Element) => {
      for (let box: Element | null = element; box && box !== document.body; box = box.parentElement) {
        const { width: boxWidth, height } = box.getBoundingClientRect();
        if (boxWidth <= 1 || height <= 1) return true;
      }
      return false;
    };
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
    const shown = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => !element.parentElement?.closest(sideways) && !unseen(element));
    const pastEdge = new Set(shown.filter((element) => {
      const box = element.getBoundingClientRect();
      return box.right > screenWidth + 1 || box.left < -1;
    }));
    const outOfCard = (element: Element) => {
      const card = element.parentElement?.closest('.card');
      if (!card) return 0;
      const box = element.getBoundingClientRect();
      const cardBox = card.getBoundingClientRect();
      return Math.max(box.right - cardBox.right, cardBox.left - box.left);
    };
    const spilling = new Set(shown.filter((element) => {
      const overflow = getComputedStyle(element).overflowX;
      const scrolls = overflow === 'auto' || overflow === 'scroll';
      return (overflow === 'visible' || (scrolls && !element.matches(sideways))) && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1;
    }));

    const problems: string[] = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > screenWidth) problems.push(`the page is ${pageWidth} px wide`);
    for (const element of shown) {
      const box = element.getBoundingClientRect();
      if (pastEdge.has(element) && !pastEdge.has(element.parentElement!)) problems.push(`${name(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      const out = outOfCard(element);
      if (out > 1 && outOfCard(element.parentElement!) <= 1) problems.push(`${name(element)} sticks out of its card by ${Math.round(out)} px`);
      if (spilling.has(element) && ![...spilling].some((other) => other !== element && element.contains(other))) {
        problems.push(`${name(element)} runs ${element.scrollWidth - element.clientWidth} px out of its box`);
      }
    }
    return problems;
  }, { screenWidth: width, sideways: scrollsSideways });
}

interface View {
  /** Who opens it: a person of the team, or nobody signed in. */
  readonly as: string | null;
  readonly path: (busy: BusyWorkspace) => string;
  readonly ready: (page: Page) => Promise<unknown>;
  /** What a person opens on the page, each on the page as it first shows. */
  readonly opened?: Record<string, (page: Page) => Promise<unknown>>;
}

describe('every page on a phone', () => {
  let busy: BusyWorkspace;
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.therapist]: 'school_therapist', [people.parent]: 'parent' }, async (server, team) => {
    busy = await seedBusyWorkspace(server, team, people);
  });

  async function open(view: View, viewport: { width: number; height: number }): Promise<Page> {
    const path = view.path(busy);
    const page = view.as
      ? await openPageAs(suite.browser, suite.server, suite.team, view.as, path, { viewport, waitForConnection: false })
      : await suite.browser.newContext({ viewport }).then((context) => context.newPage());
    if (!view.as) await page.goto(`${suite.server.url}${path}`);
    await view.ready(page);
    return page;
  }

  /** Every problem of every view at each width, so one run names them all. */
  async function problemsOf(views: Record<string, View>, viewports: readonly { width: number; height: number }[] = phones): Promise<string[]> {
    const found: string[] = [];
    for (const [viewName, view] of Object.entries(views)) {
      for (const viewport of viewports) {
        const page = await open(view, viewport);
        try {
          const where = `${viewName}, ${viewport.width} px`;
          found.push(...(await layoutProblems(page, viewport.width)).map((problem) => `${where}: ${problem}`));
          for (const [stateName, act] of Object.entries(view.opened ?? {})) {
            await page.reload();
            await view.ready(page);
            await act(page);
            found.push(...(await layoutProblems(page, viewport.width)).map((problem) => `${where}, ${stateName}: ${problem}`));
          }
        } finally {
          await page.context().close();
        }
      }
    }
    return found;
  }

  const workspace = (rest = '') => (busy: BusyWorkspace) => `/w/${busy.workspaceId}${rest}`;
  const connected = (page: Page) => page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  const click = (name: string | RegExp) => (page: Page) => page.getByRole('button', { name }).first().click();
  /** A button, once what it opens has arrived. */
  const opening = (name: string | RegExp, shows: string) => async (page: Page) => {
    await click(name)(page);
    await page.locator(shows).first().waitFor();
  };
  /** A tab, once what it shows has arrived. */
  const tab = (name: string, shows: string) => async (page: Page) => {
    await page.getByRole('tab', { name }).click();
    await page.getByTestId(shows).waitFor();
  };
  const disclose = (text: string | RegExp) => (page: Page) => page.locator('summary', { hasText: text }).first().click();

  it('fits the student list, the caseload and a student’s team page to a phone’s width', { timeout: 180_000 }, async () => {
    const teamPage = (as: string, opened: View['opened']): View => ({ as, path: workspace(), ready: (page) => page.getByTestId('versions-panel').getByText('Version 1:', { exact: true }).waitFor(), opened });
    const versions: View['opened'] = {
      'a version read': opening(/^Read/, '.reader'),
      'versions compared': opening(/^Compare/, '.changes__group'),
      'the download menu': opening(/^Download a copy/, '.export-menu__popup'),
    };
    expect(await problemsOf({
      'students as case manager': { as: people.manager, path: () => '/', ready: (page) => page.getByTestId('workspace-list').waitFor() },
      'students as parent': { as: people.parent, path: () => '/', ready: (page) => page.getByTestId('workspace-list').waitFor() },
      caseload: { as: people.manager, path: () => '/caseload', ready: (page) => page.getByTestId('caseload-student').first().waitFor() },
      'team page as case manager': teamPage(people.manager, { ...versions, 'proposing a version': opening('Propose a version', '.completeness-checklist'), consent: tab('Consent to share', 'consents'), 'activity log': tab('Activity log', 'audit-log') }),
      'team page as parent': teamPage(people.parent, { ...versions, consent: tab('Consent to share', 'consents') }),
    })).toEqual([]);
  });

  it('fits a meeting, with the plan beside it, to a phone’s width', { timeout: 180_000 }, async () => {
    const meeting = (as: string): View => ({
      as,
      path: (busy) => `/w/${busy.workspaceId}/meeting/${busy.meetingId}`,
      ready: async (page) => {
        await connected(page);
        await expect.poll(() => page.locator('#meeting-agenda .meeting-row').count()).toBe(3);
      },
      opened: { 'the plan in its place': opening('Show the plan', '.iep-coverage') },
    });
    expect(await problemsOf({ 'meeting as case manager': meeting(people.manager), 'meeting as parent': meeting(people.parent) })).toEqual([]);
  });

  it('fits the child’s week to a phone’s width: the list, and the grid scrolling inside its own box', { timeout: 180_000 }, async () => {
    const week = (as: string): View => ({
      as,
      path: workspace('/schedule'),
      ready: (page) => page.getByTestId('week-list-session').first().waitFor(),
      opened: { 'the grid': opening('Grid', '[data-testid="session-block"]') },
    });
    expect(await problemsOf({ 'week as case manager': week(people.manager), 'week as parent': week(people.parent) })).toEqual([]);
  });

  it('fits progress, the service log and session notes to a phone’s width', { timeout: 180_000 }, async () => {
    const progress = (as: string, opened: View['opened'] = {}): View => ({
      as,
      path: workspace('/progress'),
      ready: (page) => page.locator('.chart__point').first().waitFor(),
      opened: {
        'a point': async (page) => {
          await page.locator('.chart__point').last().click();
          await page.locator('.point-details').waitFor();
        },
        'the numbers': disclose(/^Show the numbers/),
        ...opened,
      },
    });
    const log = (as: string): View => ({ as, path: workspace('/services'), ready: (page) => page.getByTestId('log-entries').waitFor() });
    const notes = (as: string): View => ({ as, path: workspace('/notes'), ready: (page) => page.getByText('The slant board helped').first().waitFor() });
    expect(await problemsOf({
      'progress as therapist': progress(people.therapist, { 'how it is measured': disclose('How this goal is measured') }),
      'progress as parent': progress(people.parent),
      'service log as therapist': log(people.therapist),
      'service log as parent': log(people.parent),
      'session notes as therapist': notes(people.therapist),
      'session notes as parent': notes(people.parent),
    })).toEqual([]);
  });

  it('fits the plan’s history and translations to a phone’s width', { timeout: 180_000 }, async () => {
    const plan = (as: string): View => ({
      as,
      path: workspace('/plan'),
      // The last part to arrive: who was at the meeting, read after the plan opens.
      ready: (page) => page.locator('.iep-coverage').waitFor(),
      opened: {
        history: async (page) => {
          await page.getByTestId('history-button').click();
          await page.getByTestId('history-entry').first().waitFor();
        },
        translations: async (page) => {
          await page.getByTestId('translations-button').click();
          await page.getByTestId('translation-field').first().waitFor();
        },
      },
    });
    expect(await problemsOf({ 'plan as case manager': plan(people.manager), 'plan as parent': plan(people.parent) })).toEqual([]);
  });

  it('fits settings, plain words, an invitation and the sign-in pages to a phone’s width', { timeout: 180_000 }, async () => {
    const settings = (as: string): View => ({
      as,
      path: () => '/settings',
      ready: (page) => page.getByTestId('email-verified').waitFor(),
      opened: {
        // The second phone replaces the feed the first made.
        'a calendar feed': opening(/^(Create a calendar feed|Make a new address)$/, '[data-testid="calendar-feed-url"]'),
        'a new token': async (page) => {
          await page.getByLabel('Token name').fill('District reporting tool export script');
          await opening('Create token', '[data-testid="token-secret"]')(page);
        },
      },
    });
    const invitation = (as: string | null): View => ({ as, path: (busy) => `/invite/${busy.invitationSecret}`, ready: (page) => page.getByTestId('invitation-title').waitFor() });
    const signedOut = (path: string): View => ({ as: null, path: () => path, ready: (page) => page.locator('main .card').first().waitFor() });
    expect(await problemsOf({
      'settings as case manager': settings(people.manager),
      'settings as parent': settings(people.parent),
      'plain words': { as: people.parent, path: () => '/glossary', ready: (page) => page.getByTestId('glossary').waitFor() },
      'invitation signed in as someone else': invitation(people.parent),
      'invitation signed out': invitation(null),
      'sign in': signedOut('/signin'),
      'sign up': signedOut('/signup'),
      'forgotten password': signedOut('/forgot-password'),
    })).toEqual([]);
  });

  it('fits the pages to the narrowest phone in Spanish too, whose words are longer', { timeout: 180_000 }, async () => {
    const speakSpanish = (language: 'es' | 'en') => Promise.all([people.manager, people.parent].map((person) => suite.server.services.users.setLanguage(suite.team.members[person]!.userId, language)));
    await speakSpanish('es');
    try {
      // Ready once the account's language has replaced the browser's, and the page has its content.
      const page = (as: string, path: View['path'], ready: View['ready']): View => ({
        as,
        path,
        ready: async (opened) => {
          await opened.locator('html[lang="es"]').waitFor({ state: 'attached' });
          await ready(opened);
        },
      });
      expect(await problemsOf({
        'students in Spanish': page(people.parent, () => '/', (opened) => opened.getByTestId('workspace-list').waitFor()),
        'caseload in Spanish': page(people.manager, () => '/caseload', (opened) => opened.getByTestId('caseload-student').first().waitFor()),
        'team page in Spanish': page(people.parent, workspace(), (opened) => opened.getByTestId('versions-panel').getByText('Versión 1:', { exact: true }).waitFor()),
        'plan in Spanish': page(people.manager, workspace('/plan'), (opened) => opened.locator('.iep-coverage').waitFor()),
        'week in Spanish': page(people.parent, workspace('/schedule'), (opened) => opened.getByTestId('week-list-session').first().waitFor()),
        'progress in Spanish': page(people.parent, workspace('/progress'), (opened) => opened.locator('.chart__point').first().waitFor()),
        'service log in Spanish': page(people.parent, workspace('/services'), (opened) => opened.getByTestId('log-entries').waitFor()),
        'settings in Spanish': page(people.parent, () => '/settings', (opened) => opened.getByTestId('email-verified').waitFor()),
      }, [phones[1]])).toEqual([]);
    } finally {
      await speakSpanish('en');
    }
  });
});
