import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { startServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * A trust scan from start to end, in the browser only: the editor prepares and opens a scan, makes
 * five links and downloads them as a CSV; five respondents open a link each from that CSV on a
 * 390 px phone and answer; the editor closes the scan and reads its results. Each respondent
 * gives one answer to every statement — 5, 4, 4, 2 and 3 — so every foundation's mean is 3.6
 * and three in five (60 %) are favourable.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const ANSWERS = [5, 4, 4, 2, 3];

describe.skipIf(!HAS_CHROMIUM)('a trust scan from start to end in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let editor: Page;
  let links: string[] = [];
  const problems: string[][] = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    await loadDemo(createContext(testStore.store, now), { today: TODAY });
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    editor = await context.newPage();
    problems.push(watchForProblems(editor).problems);
    await editor.goto(server.url);
    await signIn(editor, DEMO_USERS.editor, DEMO_PASSWORD);
  });

  afterAll(async () => {
    expect(problems.flat()).toEqual([]);
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  it('prepares and opens a scan of the suppliers', async () => {
    await editor.getByTestId('nav-scans').click();
    await editor.getByTestId('scan-create').click();
    const dialog = editor.getByRole('dialog');
    await dialog.getByTestId('scan-form-title').fill('Leveranciers 2026');
    await dialog.getByTestId('scan-form-category').click();
    await editor.getByRole('option', { name: /^Leveranciers \(\d+ stakeholders\)$/ }).click();
    await dialog.getByTestId('scan-form-closes').fill('2026-04-05');
    await dialog.getByTestId('scan-form-submit').click();
    await editor.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
    await editor.getByTestId('scan-open').click();
    await expect.poll(() => editor.getByTestId('scan-status').first().textContent()).toBe('Open');
  });

  it('makes five links and exports them as a CSV', async () => {
    await editor.getByTestId('scan-links-count').fill('5');
    await editor.getByTestId('scan-links-make').click();
    await expect.poll(() => editor.getByTestId('scan-links-list').locator('li').count()).toBe(5);
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.getByTestId('scan-links-csv').click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toBe('link,segment');
    links = rows.map((row) => row.split(',')[0]!);
    expect(links).toHaveLength(5);
    expect(links.every((link) => link.startsWith(`${server!.url}/respond/`))).toBe(true);
  });

  it('is answered by five respondents, each on a 390 px phone', async () => {
    for (const [i, link] of links.entries()) {
      const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true, hasTouch: true });
      context.setDefaultTimeout(10_000);
      const phone = await context.newPage();
      problems.push(watchForProblems(phone).problems);
      await phone.goto(link);
      const statements = phone.getByTestId('respond-statement');
      await expect.poll(() => statements.count()).toBe(18);
      for (let n = 0; n < 18; n++) await statements.nth(n).getByRole('radio', { name: new RegExp(`^${ANSWERS[i]} `) }).check();
      await expect.poll(() => phone.getByTestId('respond-progress').textContent()).toMatch(/18 van 18/);
      // The page fits the phone: nothing to scroll sideways.
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      if (i === 0) await phone.screenshot({ path: screenshotPath('scan-flow-respondent-390'), fullPage: true });
      await phone.getByTestId('respond-submit').click();
      await phone.getByTestId('respond-thanks').waitFor();
      await context.close();
    }
  });

  it('closes the scan and reads its results', async () => {
    await editor.reload();
    await editor.getByTestId('scan-close').click();
    await editor.getByTestId('scan-close-confirm').getByTestId('scan-close-submit').click();
    await expect.poll(() => editor.getByTestId('scan-status').first().textContent()).toBe('Gesloten');
    await editor.getByTestId('scan-result').waitFor();
    expect(await editor.getByTestId('scan-responses').textContent()).toBe('5');
    const row = (topic: string) => editor.locator(`[data-testid="scan-row"][data-topic="${topic}"]`);
    for (const topic of ['honesty', 'competence', 'fair_play', 'intentional', 'overall']) {
      expect(await row(topic).getByTestId('scan-mean').textContent(), topic).toBe('3,6');
    }
    expect(await row('honesty').getByTestId('scan-favourable').textContent()).toBe('60 %');
    await editor.screenshot({ path: screenshotPath('scan-flow-results-1280'), fullPage: true });
  });
});
