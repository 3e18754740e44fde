import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as Y from 'yjs';
import type { ThreadAnchor } from '../../shared/schema';
import { planDoc } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { axeViolations } from '../helpers/axe';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import type { TestServer } from '../helpers/testServer';
import { authorOf, type SeededTeam } from '../helpers/seed';

const goalCount = 8;
const lastWords = 'using a picture card';
const goneWords = 'with a timer';

/** The first text of a goal's description: where the seeded threads are anchored. */
function descriptionText(doc: Y.Doc, goalId: string): Y.XmlText {
  const paragraph = planDoc(doc).goals.fragment(goalId, 'description')!.get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

function anchorOn(text: Y.XmlText, words: string, goalId: string): ThreadAnchor {
  const from = text.toString().indexOf(words);
  return {
    kind: 'text',
    ref: { doc: 'plan', section: 'goals', itemId: goalId, field: 'description' },
    start: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from)),
    end: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, from + words.length)),
    quote: words,
  };
}

let threadIds = { far: '', gone: '' };

/** A long plan whose last goal has two conversations by the teacher: one mentions Dana, one on words since deleted. */
async function prepare(server: TestServer, team: SeededTeam): Promise<void> {
  let lastGoal = '';
  await server.services.rooms.change(team.planDoc, (doc) => {
    for (let index = 1; index <= goalCount; index += 1) {
      lastGoal = planDoc(doc).goals.add({ area: 'communication', baseline: `Baseline ${index}`, description: `Goal ${index}: Maya asks for help ${index === goalCount ? `${lastWords} ${goneWords}` : 'in class'}.` }, authorOf(team, 'Dana Ortiz'));
    }
  });
  const teacher = apiClient(server.url, { cookie: team.members['Priya Nair']!.cookie });
  const start = async (anchor: ThreadAnchor, body: string, mentions: string[]) =>
    (await teacher.request<{ threadId: string }>('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body, mentions })).body.threadId;
  let anchors: ThreadAnchor[] = [];
  await server.services.rooms.change(team.planDoc, (doc) => {
    const text = descriptionText(doc, lastGoal);
    anchors = [anchorOn(text, lastWords, lastGoal), anchorOn(text, goneWords, lastGoal)];
  });
  threadIds = {
    far: await start(anchors[0]!, '@Dana Ortiz which card does she use?', [team.members['Dana Ortiz']!.userId]),
    gone: await start(anchors[1]!, 'How long is the timer?', []),
  };
  // The timer words are deleted from the plan after the conversation started.
  await server.services.rooms.change(team.planDoc, (doc) => {
    const text = descriptionText(doc, lastGoal);
    text.delete(text.toString().indexOf(` ${goneWords}`), goneWords.length + 1);
  });
}

/** Whether an element is (at least partly) inside the window. */
const inView = (page: Page, selector: string) =>
  page.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    return Boolean(box && box.bottom > 0 && box.top < window.innerHeight && box.height > 0);
  }, selector);

describe('opening a conversation from elsewhere', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' }, prepare);
  /** Priya answers in the conversation, naming Dana: news for Dana again after she has read it. */
  const priyaReplies = async (body: string) => {
    const teacher = apiClient(suite.server.url, { cookie: suite.team.members['Priya Nair']!.cookie });
    const reply = await teacher.request('POST', `/api/workspaces/${suite.team.workspaceId}/threads/${threadIds.far}/comments`, { body, mentions: [suite.team.members['Dana Ortiz']!.userId] });
    expect(reply.status).toBe(201);
  };
  const highlightOf = (threadId: string) => `.plan-with-comments__plan [data-thread-id="${threadId}"]`;

  async function expectRevealed(page: Page, threadId: string): Promise<void> {
    await expect.poll(() => inView(page, highlightOf(threadId)), { timeout: 15_000 }).toBe(true);
    expect(await page.locator(highlightOf(threadId)).first().getAttribute('class')).toContain('comment-highlight--active');
    expect(await page.locator(highlightOf(threadId)).first().innerText()).toBe(lastWords);
    await page.locator('.threads-panel').getByText('which card does she use?').waitFor();
    // A page left open on the conversation would mark the next test's news read at once.
    await page.context().close();
  }

  it('from a mail link: the plan opens on the words, highlighted, with the conversation beside them', async () => {
    const page = await suite.open('Dana Ortiz', `/plan?thread=${threadIds.far}`);
    await expectRevealed(page, threadIds.far);
  });

  it('from the inbox on the plan', async () => {
    await priyaReplies('@Dana Ortiz the green one?');
    const page = await suite.open('Dana Ortiz', '/plan');
    await page.locator('article.goal-card').first().waitFor();
    expect(await inView(page, highlightOf(threadIds.far))).toBe(false);
    await page.getByRole('button', { name: /^Inbox/ }).click();
    await page.locator('.inbox__item').filter({ hasText: lastWords }).click();
    await expectRevealed(page, threadIds.far);
  });

  it('from the caseload', async () => {
    await priyaReplies('@Dana Ortiz or the blue one?');
    const page = await openPageAs(suite.browser, suite.server, suite.team, 'Dana Ortiz', '/caseload', { waitForConnection: false });
    await page.getByRole('link', { name: /unread conversation/ }).click();
    await expectRevealed(page, threadIds.far);
  });

  it('a conversation whose words were deleted opens with its quote and says the words are gone', async () => {
    const page = await suite.open('Dana Ortiz', `/plan?thread=${threadIds.gone}`, { bypassCSP: true });
    const panel = page.locator('.threads-panel');
    await panel.getByText('How long is the timer?').waitFor();
    expect(await panel.locator('.anchor-summary__quote').innerText()).toBe(goneWords);
    await panel.getByText('Detached: the text was removed').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // It brings the goal it was about into view instead.
    await expect.poll(() => page.evaluate(() => {
      const cards = [...document.querySelectorAll('article.goal-card')];
      const box = cards.at(-1)?.getBoundingClientRect();
      return Boolean(box && box.top < window.innerHeight && box.bottom > 0);
    }), { timeout: 15_000 }).toBe(true);
  });
});
