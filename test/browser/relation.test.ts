import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { startServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The relation page and the quick entry in a real browser, against the real server with the
 * demo organisation: the demo editor opens a stakeholder from the overview, records an entry with
 * the keyboard only, sees the trust level move, reverses the entry and sees it come back; the
 * demo viewer sees the same page without any control that changes the ledger.
 *
 * The server runs on the real clock: the quick entry dates an entry today in the browser's
 * calendar, and the server refuses a date in its future.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const STAKEHOLDER = 'Hotelgroep Strandhaver';
const NOTE = 'Spoedorder op tijd geleverd';

describe.skipIf(!HAS_CHROMIUM)('relation page and quick entry in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  let relationPath = '';
  let before = '';
  let markedBefore = 0;

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const now = () => new Date();
    const ctx = createContext(testStore.store, now);
    await loadDemo(ctx);
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchForProblems(page).problems;
    await page.goto(server.url);
    await signIn(page, DEMO_USERS.editor, DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  const trustLevel = () => page.getByTestId('received-trust-level').textContent();
  /** How many entries the received trend marks on its line, as its text alternative says. */
  const markedEntries = () => page.getByTestId('trend-markers-received').getByRole('listitem').count();
  const dialog = () => page.getByRole('dialog', { name: /Een boeking vastleggen|Record an entry/ });

  it('opens a relation from the overview: both accounts, radar, trend and advice', async () => {
    await page.getByRole('table', { name: 'Stakeholders en hun vertrouwensrekeningen' }).getByRole('link', { name: STAKEHOLDER }).click();
    await expect(page.getByTestId('relation-name').textContent()).resolves.toBe(STAKEHOLDER);
    relationPath = new URL(page.url()).pathname;
    expect(relationPath).toMatch(/^\/relations\/[^/]+$/);

    for (const direction of ['received', 'given']) {
      await page.getByTestId(`account-${direction}`).waitFor();
      await page.locator(`[data-testid="radar-${direction}"] svg`).first().waitFor();
      await page.locator(`[data-testid="trend-${direction}"] svg`).first().waitFor();
      await page.getByTestId(`ledger-${direction}`).getByTestId('ledger-line').first().waitFor();
    }
    await page.getByRole('heading', { name: 'Ontvangen vertrouwen', exact: true }).waitFor();
    // The radar's figures for screen readers: one row per leg.
    expect(await page.getByTestId('radar-received').getByRole('rowheader').allTextContents()).toEqual(['Intentioneel', 'Professioneel', 'Contractueel']);
    // Advice in the page's language: either what to do about a leg, or that all three hold.
    const advice = (await page.getByTestId('advice-received').textContent()) ?? '';
    expect(advice).toMatch(/Wat te doen/);
    expect(advice.length).toBeGreaterThan(30);
    // The phase with the reasons it was inferred from.
    expect(await page.getByTestId('phase-received').textContent()).toMatch(/(Calculatieve|Cognitieve|Waardevolle) fase/);
    before = (await trustLevel()) ?? '';
    expect(before).toMatch(/^\d{1,3}$/);
    await page.getByTestId('ledger-received').getByTestId('ledger-line').first().waitFor();
    markedBefore = await markedEntries();
    expect(markedBefore).toBeGreaterThan(0);
  });

  it('records an entry with the keyboard only, and the trust level moves', async () => {
    await page.getByTestId('relation-name').click(); // nothing focused that takes typing
    await page.keyboard.press('n');
    await dialog().waitFor();
    // The stakeholder of the page is filled in and focused.
    const stakeholder = dialog().getByRole('combobox', { name: /Stakeholder/ });
    await expect.poll(() => stakeholder.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await stakeholder.inputValue()).toBe(STAKEHOLDER);

    await page.keyboard.press('Tab'); // account: received (kept)
    await page.keyboard.press('Tab'); // kind: deposit (kept)
    await page.keyboard.press('Tab'); // foundation
    await page.keyboard.type('Compet');
    // Enter picks the highlighted option: wait until the foundation's list is filtered down to
    // it, which takes a moment longer on a busy machine…
    const foundation = dialog().getByRole('combobox', { name: /Fundament/ });
    await expect.poll(() => foundation.getAttribute('aria-controls')).toBeTruthy();
    const options = page.locator(`[id="${await foundation.getAttribute('aria-controls')}"]`).getByRole('option');
    await expect.poll(() => options.count()).toBe(1);
    // …and highlighted: Mantine marks the option Enter will pick after its own render.
    await expect.poll(() => options.first().getAttribute('data-combobox-selected')).not.toBeNull();
    expect(await options.first().textContent()).toBe('Competentie');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog().getByRole('combobox', { name: /Fundament/ }).inputValue()).toBe('Competentie');
    await dialog().getByTestId('foundation-hint').waitFor();
    await page.keyboard.press('Tab'); // amount
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await dialog().getByRole('radio', { name: /defining moment/ }).isChecked()).toBe(true);
    // On through the date's parts to the note.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await dialog().getByRole('textbox', { name: 'Notitie' }).evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.type(NOTE);
    await page.screenshot({ path: screenshotPath('quick-entry-nl'), animations: 'disabled' });
    await page.keyboard.press('Enter');

    await dialog().waitFor({ state: 'hidden' });
    await page.getByTestId('notice').filter({ hasText: 'Boeking vastgelegd' }).waitFor();
    await expect.poll(trustLevel, { timeout: 5_000 }).not.toBe(before);
    expect(Number(await trustLevel())).toBeGreaterThan(Number(before));
    // The trend marks the new entry on its line.
    await expect.poll(markedEntries).toBe(markedBefore + 1);
    await page.getByTestId('ledger-received').getByTestId('ledger-line').filter({ hasText: NOTE }).waitFor();
  });

  it('reverses that entry with a reason, and the trust level returns', async () => {
    const line = page.getByTestId('ledger-received').getByTestId('ledger-line').filter({ hasText: NOTE });
    await line.getByRole('button', { name: /tegenboeken$/ }).click();
    const modal = page.getByRole('dialog', { name: 'Een boeking tegenboeken' });
    await modal.getByRole('textbox', { name: /Reden/ }).fill('Bij de verkeerde stakeholder geboekt');
    await modal.getByRole('button', { name: 'Tegenboeken' }).click();
    await modal.waitFor({ state: 'hidden' });
    await expect.poll(trustLevel, { timeout: 5_000 }).toBe(before);
    await expect.poll(markedEntries).toBe(markedBefore);
    await expect.poll(() => line.getAttribute('class')).toMatch(/tl-reversed/);
    await line.getByRole('link', { name: 'naar de tegenboeking' }).waitFor();
  });

  it('takes pictures of the page and the dialog in Dutch and English, wide and narrow', async () => {
    // The confirmations leave by themselves.
    await expect.poll(() => page.getByTestId('notice').count(), { timeout: 8_000 }).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('relation-nl'), animations: 'disabled', fullPage: true });

    // The dialog for a withdrawal asks for its intent.
    await page.getByTestId('quick-entry-open').click();
    await dialog().waitFor();
    await dialog().getByText('Afname', { exact: true }).click();
    await dialog().getByRole('radiogroup', { name: /Bedoeling/ }).waitFor();
    await dialog().getByRole('button', { name: 'Vastleggen' }).click();
    await dialog().getByText('Vul dit in').first().waitFor();
    await page.screenshot({ path: screenshotPath('quick-entry-withdrawal-nl'), animations: 'disabled' });
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    await page.getByRole('radiogroup', { name: 'Taal' }).getByText('English').click();
    await page.getByRole('heading', { name: 'Trust we receive', exact: true }).waitFor();
    await page.getByTestId('advice-received').getByText('What to do').first().waitFor();
    await page.screenshot({ path: screenshotPath('relation-en'), animations: 'disabled', fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-testid="radar-received"] svg').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('relation-en-narrow'), animations: 'disabled', fullPage: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('relation-en-narrow-top'), animations: 'disabled' });
    await page.keyboard.press('n');
    await dialog().waitFor();
    await page.screenshot({ path: screenshotPath('quick-entry-en-narrow'), animations: 'disabled' });
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    await page.getByRole('radiogroup', { name: 'Language' }).getByText('NL', { exact: true }).click();
    await page.getByRole('heading', { name: 'Ontvangen vertrouwen', exact: true }).waitFor();
    await page.screenshot({ path: screenshotPath('relation-nl-narrow'), animations: 'disabled', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(problems).toEqual([]);
  });

  it('shows a viewer the same page from a deep link, without controls that change the ledger', async () => {
    const viewerContext = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    viewerContext.setDefaultTimeout(10_000);
    const viewer = await viewerContext.newPage();
    try {
      await viewer.goto(server!.url);
      await signIn(viewer, DEMO_USERS.viewer, DEMO_PASSWORD);
      await viewer.goto(`${server!.url}${relationPath}`); // a reload on a deep link
      await expect(viewer.getByTestId('relation-name').textContent()).resolves.toBe(STAKEHOLDER);
      await viewer.getByTestId('ledger-received').getByTestId('ledger-line').first().waitFor();
      await viewer.locator('[data-testid="trend-given"] svg').first().waitFor();
      expect(await viewer.getByTestId('quick-entry-open').count()).toBe(0);
      expect(await viewer.getByRole('button', { name: /tegenboeken$/i }).count()).toBe(0);
      expect(await viewer.getByTestId('override-received').count()).toBe(0);
      expect(await viewer.getByTestId('override-given').count()).toBe(0);
      await viewer.getByTestId('relation-name').click();
      await viewer.keyboard.press('n');
      expect(await viewer.getByRole('dialog').count()).toBe(0);
    } finally {
      await viewerContext.close();
    }
  });
});
