import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { readRelations, type RelationView } from '../../src/app/read-accounts.ts';
import { readGroupTrends } from '../../src/app/trends.ts';
import { startServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The dashboard on the overview page, in a real browser against the real server with the demo
 * organisation: the trend of trust and social capital with its figures in words, a small multiple
 * per level, the leadership profile, and what is due, which matches the relations the application
 * reports as past their rhythm. In Dutch and English, wide and narrow.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

describe.skipIf(!HAS_CHROMIUM)('the dashboard in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let watched: ReturnType<typeof watchForProblems>;
  let relations: RelationView[] = [];
  let currentTrust = 0;

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    relations = (await readRelations(ctx, organisation.id)).relations;
    const trend = await readGroupTrends(ctx, organisation.id, { direction: 'received', groupBy: 'organisation', from: '2024-04-01', to: TODAY });
    currentTrust = Math.round(trend.groups['organisation']!.at(-1)!.trustLevel!);
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    watched = watchForProblems(page);
    await page.goto(server.url);
    await signIn(page, DEMO_USERS.viewer, DEMO_PASSWORD);
    await page.getByTestId('dashboard-trend').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  const expectCount = (locator: ReturnType<Page['locator']>, count: number) => expect.poll(() => locator.count(), { timeout: 8_000 }).toBe(count);
  const dueIds = () => page.getByTestId('dashboard-due-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-relation-id')));

  /** Waits until every chart of the dashboard has drawn its SVG. */
  async function chartsDrawn(): Promise<void> {
    await page.getByTestId('dashboard-trend-chart').locator('svg').first().waitFor();
    const sparklines = page.getByTestId('dashboard-multiple');
    await expect.poll(() => page.getByTestId('dashboard-sparkline').locator('svg').count(), { timeout: 8_000 }).toBe(await sparklines.count());
  }

  it('shows the trend of trust and social capital, with the current trust level in words and in a table', async () => {
    const trend = page.getByTestId('dashboard-trend');
    await trend.getByRole('heading', { level: 3, name: 'Vertrouwensniveau en sociaal kapitaal' }).waitFor();
    await trend.getByTestId('dashboard-trend-chart').locator('svg').first().waitFor();
    expect(await trend.getByTestId('dashboard-trend-chart').getAttribute('role')).toBe('img');
    expect(await trend.getByTestId('dashboard-trend-current').textContent()).toBe(String(currentTrust));
    // The table for screen readers: 24 month ends, the last one the current figure.
    const rows = trend.getByTestId('dashboard-trend-table').locator('tbody tr');
    await expectCount(rows, 24);
    expect(await rows.last().locator('td').first().textContent()).toBe(String(currentTrust));
    expect(await trend.getByTestId('dashboard-trend-change').textContent()).toMatch(/^(\d+ punten? (hoger|lager) dan op|Stabiel sinds) \d+ \w+ 2024$/);

    // The other direction on request.
    await trend.getByText('Gegeven', { exact: true }).click();
    await trend.getByRole('table', { name: /^Gegeven vertrouwen:/ }).waitFor({ state: 'attached' });
    await trend.getByText('Ontvangen', { exact: true }).click();
    await trend.getByRole('table', { name: /^Ontvangen vertrouwen:/ }).waitFor({ state: 'attached' });
  });

  it('shows one small multiple per level present in the demo, each with its trust level, band and change in words', async () => {
    const levels = [...new Set(relations.map((r) => r.stakeholder.level))].sort();
    const cards = page.getByTestId('dashboard-multiples-level').getByTestId('dashboard-multiple');
    await expectCount(cards, levels.length);
    expect((await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-key')))).sort()).toEqual(levels);
    const categories = new Set(relations.map((r) => r.stakeholder.category));
    await expectCount(page.getByTestId('dashboard-multiples-category').getByTestId('dashboard-multiple'), categories.size);
    for (const card of await cards.all()) {
      expect(await card.getByTestId('dashboard-multiple-trust').textContent()).toMatch(/^\d{1,3}$/);
      expect(await card.locator('[data-band]').first().textContent()).toMatch(/^(vertrouwen|wantrouwen|neutraal)$/);
      expect(await card.getByTestId('dashboard-multiple-change').textContent()).toMatch(/(\d+ punten? (hoger|lager)|Stabiel)$/);
    }
    await chartsDrawn();
  });

  it('shows the leadership profile: three shares adding up to 100 and which dimension it leans on', async () => {
    const shares = page.getByTestId('dashboard-leadership-shares').locator('li');
    await expectCount(shares, 3);
    const percents = (await shares.evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-percent'))))) as number[];
    expect(percents.reduce((sum, p) => sum + p, 0)).toBeGreaterThanOrEqual(99);
    expect(percents.reduce((sum, p) => sum + p, 0)).toBeLessThanOrEqual(101);
    for (const text of await shares.allTextContents()) expect(text).toMatch(/^(Intentioneel|Professioneel|Contractueel): \d{1,3}%$/);
    // One sentence in plain words; any percentage it names is one of the shares.
    const sentence = (await page.getByTestId('dashboard-leadership-sentence').textContent()) ?? '';
    expect(sentence).toMatch(/^Het vertrouwen dat u krijgt, steunt (het meest|ongeveer evenwichtig|evenwichtig) /);
    for (const [, named] of sentence.matchAll(/\((\d{1,3})%\)/g)) expect(percents).toContain(Number(named));
  });

  it('lists what is due: exactly the relations past their rhythm or never maintained, most important first', async () => {
    const expected = relations.filter((r) => r.daysSinceLastEntry === null || r.daysSinceLastEntry > r.cadenceDays);
    expect(expected.length).toBeGreaterThan(0);
    const due = page.getByTestId('dashboard-due');
    await due.getByRole('heading', { level: 3, name: 'Wat aan de beurt is' }).waitFor();
    const showAll = due.getByRole('button', { name: /^Alles tonen/ });
    if (expected.length > 8) {
      await expectCount(due.getByTestId('dashboard-due-item'), 8);
      await showAll.click();
    }
    await expectCount(due.getByTestId('dashboard-due-item'), expected.length);
    const shownIds = await dueIds();
    expect([...shownIds].sort()).toEqual(expected.map((r) => r.id).sort());
    const importance = new Map(expected.map((r) => [r.id, r.stakeholder.importance]));
    const order = shownIds.map((id) => importance.get(id!)!);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    for (const text of await due.getByTestId('dashboard-due-when').allTextContents()) {
      expect(text).toMatch(/^(\d+ (dag|dagen|week|weken|maand|maanden) over tijd|Nog geen boeking)$/);
    }
    if (expected.length > 8) await due.getByRole('button', { name: 'Minder tonen' }).click();
  });

  it('speaks English and looks calm, wide', async () => {
    await chartsDrawn();
    await page.screenshot({ path: screenshotPath('dashboard-nl'), animations: 'disabled', fullPage: true });
    await page.getByRole('radiogroup', { name: 'Taal' }).getByText('English').click();
    await page.getByRole('heading', { level: 3, name: 'Trust level and social capital' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'What is due' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Leadership profile' }).waitFor();
    expect(await page.getByTestId('dashboard-leadership-sentence').textContent()).toMatch(/^The trust you receive rests (most|about evenly|evenly) /);
    await expect.poll(() => page.getByTestId('dashboard-multiple-change').first().textContent()).toMatch(/^. ?(Up|Down) \d+ points?$|Steady$/);
    await chartsDrawn();
    await page.screenshot({ path: screenshotPath('dashboard-en'), animations: 'disabled', fullPage: true });
  });

  it('stays readable on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('dashboard-trend').waitFor();
    await chartsDrawn();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('dashboard-narrow'), animations: 'disabled', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('takes a due relation to its relation page', async () => {
    const first = page.getByTestId('dashboard-due-item').first();
    const id = await first.getAttribute('data-relation-id');
    const name = relations.find((r) => r.id === id)!.stakeholder.name;
    await first.getByRole('link', { name }).click();
    await page.waitForURL(`**/relations/${id}`);
    await expect.poll(() => page.getByTestId('relation-name').textContent()).toBe(name);
  });

  it('had no problems and no Content Security Policy violations', async () => {
    expect(watched.problems).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });
});
