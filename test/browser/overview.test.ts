import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { readRelations } from '../../src/app/read-accounts.ts';
import { startServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The overview page in a real browser, against the real server with the demo organisation, as
 * the demo viewer signed in through the sign-in page: the stakeholders are all there, and the
 * page speaks Dutch and English.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

describe.skipIf(!HAS_CHROMIUM)('overview page in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let names: string[] = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    names = (await readRelations(ctx, organisation.id)).relations.map((r) => r.stakeholder.name);
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    // A Dutch-speaking browser: the page starts in Dutch without being told.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    const { problems, cspViolations } = watchForProblems(page);
    await page.goto(server.url);
    await signIn(page, DEMO_USERS.viewer, DEMO_PASSWORD);
    await page.getByRole('table', { name: 'Stakeholders en hun vertrouwensrekeningen' }).waitFor();
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  /** Waits (up to the poll's limit) until the locator matches exactly `count` elements. */
  const expectCount = (locator: ReturnType<Page['locator']>, count: number) => expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(count);
  const table = () => page.getByRole('table', { name: /Stakeholders (en hun vertrouwensrekeningen|and their trust accounts)/ });

  it('lists every stakeholder of the demo organisation, in Dutch by default', async () => {
    expect(names.length).toBeGreaterThan(10);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect(page.getByTestId('organisation-name').textContent()).resolves.toBeTruthy();
    await expectCount(table().locator('tbody tr'), names.length);

    const rowNames = await table().locator('tbody tr th').allTextContents();
    const middle = names[Math.floor(names.length / 2)]!;
    for (const name of [names[0]!, middle, names.at(-1)!, 'Hotelgroep Strandhaver']) {
      expect(rowNames).toContain(name);
    }
    expect([...rowNames].sort()).toEqual([...names].sort());

    await table().getByRole('columnheader', { name: 'Saldo' }).first().waitFor();
    await page.getByRole('heading', { name: 'Ontvangen vertrouwen' }).waitFor();
    // A whole trust level beside a Dutch band word; Dutch numbers have a decimal comma.
    expect(await table().getByTestId('received-trust').first().textContent()).toMatch(/^\d{1,3}(vertrouwen|wantrouwen|neutraal|onzeker)$/);
    expect((await page.getByTestId('overview-received-balance').textContent()) ?? '').toMatch(/^[+-]?[\d.]+,\d$|^0,0$/);
  });

  it('shows the viewer their role, and no controls to invite or remove members', async () => {
    expect(await page.getByTestId('organisation-role').getAttribute('data-role')).toBe('viewer');
    const userMenu = page.getByTestId('user-menu');
    await userMenu.waitFor();
    // Members are listed or hidden, as the server decides for viewers; never the owner's controls.
    await expectCount(page.getByRole('button', { name: 'Uitnodigingslink maken' }), 0);
    await expectCount(page.getByRole('button', { name: /verwijderen$/ }), 0);
  });

  it('switches to English and back to Dutch, and remembers the choice', async () => {
    await page.getByRole('radiogroup', { name: 'Taal' }).getByText('English').click();
    await page.getByRole('columnheader', { name: 'Balance' }).first().waitFor();
    await page.getByRole('heading', { name: 'Trust we receive' }).waitFor();
    expect(await table().getByText(/^(trust|distrust|neutral|uncertain)$/).count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await page.getByTestId('overview-received-balance').textContent()) ?? '').toMatch(/^[+-]?[\d,]+\.\d$|^0\.0$/);
    await page.screenshot({ path: screenshotPath('overview-en'), animations: 'disabled', fullPage: true });

    // Remembered across a reload, and so is the session.
    await page.reload();
    await table().waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Nederlands').click();
    await page.getByRole('columnheader', { name: 'Saldo' }).first().waitFor();
    await page.getByRole('heading', { name: 'Gegeven vertrouwen' }).waitFor();
    expect(await table().getByText(/^(vertrouwen|wantrouwen|neutraal|onzeker)$/).count()).toBeGreaterThan(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.screenshot({ path: screenshotPath('overview-nl'), animations: 'disabled', fullPage: true });
  });

  it('opens the social-capital statement as a page and as a PDF, in the page\'s language', async () => {
    const htmlHref = await page.getByTestId('statement-html').getAttribute('href');
    const pdfHref = await page.getByTestId('statement-pdf').getAttribute('href');
    expect(htmlHref).toContain('lang=nl');
    const statement = await context.newPage();
    await statement.goto(`${server!.url}${htmlHref}`);
    await statement.getByRole('heading', { name: 'Staat van het sociaal kapitaal' }).waitFor();
    expect(await statement.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    await statement.screenshot({ path: screenshotPath('statement-nl'), fullPage: true });
    await statement.close();
    const pdf = await page.request.get(`${server!.url}${pdfHref}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('filters the stakeholders by name', async () => {
    const filter = page.getByRole('searchbox', { name: 'Stakeholders filteren' });
    await filter.fill('hotelgroep');
    await expectCount(table().locator('tbody tr'), 1);
    await filter.fill('');
    await expectCount(table().locator('tbody tr'), names.length);
    await filter.blur();
  });

  it('stays readable on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await table().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0); // the table scrolls inside its frame, not the page
    const frame = await page.locator('.tl-table-frame > div').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(frame.scroll).toBeGreaterThan(frame.client);
    await page.getByRole('heading', { name: 'Ontvangen vertrouwen' }).waitFor();
    await page.screenshot({ path: screenshotPath('overview-narrow'), animations: 'disabled', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
