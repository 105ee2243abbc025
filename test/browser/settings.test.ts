import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { startServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The signals inbox on the overview and the settings page, in a real browser against the real
 * server with the demo organisation: the demo owner acknowledges a signal and changes a model
 * parameter (a new version that moves the figures); the demo viewer reads both without controls.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const NOTE = 'Afnames wegen zwaarder bij ons';

describe.skipIf(!HAS_CHROMIUM)('signals inbox and settings in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    await loadDemo(ctx, { today: TODAY });
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchForProblems(page).problems;
    await page.goto(server.url);
    await signIn(page, DEMO_USERS.owner, DEMO_PASSWORD);
  });

  afterAll(async () => {
    expect(problems).toEqual([]);
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  const inbox = () => page.getByRole('region', { name: /^(Vraagt aandacht|Needs attention)$/ });
  const signals = () => inbox().getByTestId('signal');

  it('shows the owner what needs attention, with links to the relations', async () => {
    await signals().first().waitFor();
    expect(await signals().count()).toBeGreaterThan(0);
    expect(await signals().count()).toBeLessThanOrEqual(8);
    const link = inbox().locator('a[href^="/relations/"]').first();
    await link.waitFor();
    await page.screenshot({ path: screenshotPath('inbox-nl'), animations: 'disabled', fullPage: true });
  });

  it('acknowledges a signal, which leaves the list', async () => {
    const first = signals().first();
    const title = (await first.locator('.tl-signal-text p').first().textContent()) ?? '';
    expect(title).not.toBe('');
    await first.getByRole('button', { name: /^Afhandelen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Signaal afhandelen' });
    await dialog.getByLabel(/Notitie/).fill('Gebeld met de inkoper');
    await dialog.getByRole('button', { name: 'Afhandelen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Signaal afgehandeld').waitFor();
    await expect.poll(async () => (await inbox().locator('.tl-signal-text p:first-child').allTextContents()).includes(title)).toBe(false);
  });

  it('changes a parameter as a new version, and the overview follows', async () => {
    const trust = () => page.getByTestId('overview-received-trust').textContent();
    const before = await trust();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { name: 'Instellingen', level: 2 }).waitFor();
    expect(await page.getByTestId('settings-organisation').textContent()).toBeTruthy();
    const weight = page.getByTestId('parameter-input-withdrawalWeight');
    await weight.fill('2,5');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    // The note is required.
    await page.getByText('Vul dit in').waitFor();
    await page.getByLabel(/^Notitie/).fill(NOTE);
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Parameters opgeslagen als versie 2').waitFor();
    const versions = page.getByTestId('parameter-versions');
    await versions.getByRole('row').filter({ hasText: NOTE }).getByRole('rowheader', { name: '2' }).waitFor();
    await page.getByText('Huidige versie: 2.').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('settings-nl'), animations: 'disabled', fullPage: true });

    await page.getByRole('main').getByRole('radiogroup', { name: 'Taal' }).getByText('English').click();
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await page.getByText('Weight of withdrawals').waitFor();
    await page.screenshot({ path: screenshotPath('settings-en'), animations: 'disabled', fullPage: true });

    await page.getByRole('link', { name: '← Overview' }).click();
    await page.getByTestId('overview-received-trust').waitFor();
    await expect.poll(trust).not.toBe(before);
    await page.screenshot({ path: screenshotPath('inbox-en'), animations: 'disabled', fullPage: true });
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Nederlands').click();
  });

  it('lets the owner rename the organisation and move it to another time zone', async () => {
    await page.goto(`${server!.url}/settings`);
    await page.getByTestId('settings-time-zone').filter({ hasText: 'Europe/Brussels' }).waitFor();
    await page.getByTestId('organisation-edit').click();
    const form = page.getByTestId('organisation-form');
    await form.getByRole('textbox', { name: /^Naam/ }).fill('Meubelmakerij Lindenhof & Zonen');
    const zone = form.getByRole('combobox', { name: /^Tijdzone/ });
    await zone.fill('Amsterdam');
    const option = page.getByRole('option', { name: 'Europe/Amsterdam' });
    await expect.poll(() => option.getAttribute('data-combobox-selected')).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => zone.inputValue()).toBe('Europe/Amsterdam');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Organisatie opgeslagen' }).waitFor();
    // A notice follows a switch of language while it shows.
    await page.getByRole('radiogroup', { name: 'Taal' }).first().getByText('English').click();
    await page.getByTestId('notice').filter({ hasText: 'Organisation saved' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Language' }).first().getByText('Nederlands').click();
    await page.getByTestId('settings-time-zone').filter({ hasText: 'Europe/Amsterdam' }).waitFor();
    // The new name reaches the rest of the application through the session.
    await page.getByTestId('nav-overview').click();
    await expect.poll(() => page.getByTestId('organisation-name').textContent()).toBe('Meubelmakerij Lindenhof & Zonen');
  });

  it('gives one category its own base rate, as a new version', async () => {
    await page.goto(`${server!.url}/settings`);
    const add = page.getByRole('combobox', { name: 'Een categorie een eigen waarde geven' });
    await add.fill('Leveran');
    const option = page.getByRole('option', { name: 'Leveranciers' });
    await expect.poll(() => option.getAttribute('data-combobox-selected')).not.toBeNull();
    await page.keyboard.press('Enter');
    const rate = page.getByTestId('category-rate-suppliers');
    await rate.fill('0,65');
    await page.getByLabel(/^Notitie/).fill('Leveranciers kregen het voordeel van de twijfel');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Parameters opgeslagen als versie 3').waitFor();
    await expect.poll(() => page.getByTestId('category-rate-suppliers').inputValue()).toBe('0,65');
    // Removing it is a change too; leaving the page without saving keeps version 3.
    await page.getByRole('button', { name: 'Eigen waarde van Leveranciers schrappen' }).click();
    expect(await page.getByTestId('category-rate-suppliers').count()).toBe(0);
  });

  it('stays readable on a narrow screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('nav-overview').click();
    await signals().first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('inbox-narrow'), animations: 'disabled', fullPage: true });
    await page.goto(`${server!.url}/settings`);
    await page.getByTestId('parameter-versions').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('settings-narrow'), animations: 'disabled', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('shows the viewer the settings read-only and no acknowledge buttons', async () => {
    const viewerContext = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    viewerContext.setDefaultTimeout(10_000);
    const viewer = await viewerContext.newPage();
    const watched = watchForProblems(viewer);
    try {
      await viewer.goto(server!.url);
      await signIn(viewer, DEMO_USERS.viewer, DEMO_PASSWORD);
      const viewerInbox = viewer.getByRole('region', { name: 'Vraagt aandacht' });
      await viewerInbox.getByTestId('signal').first().waitFor();
      expect(await viewerInbox.getByRole('button', { name: /^Afhandelen/ }).count()).toBe(0);

      await viewer.getByTestId('user-menu').click();
      await viewer.getByRole('menuitem', { name: 'Instellingen' }).click();
      await viewer.getByTestId('parameters-readonly').waitFor();
      expect(await viewer.getByTestId('parameter-value-withdrawalWeight').textContent()).toBe('2,5');
      expect(await viewer.getByRole('spinbutton').count()).toBe(0);
      expect(await viewer.getByRole('textbox').count()).toBe(0);
      expect(await viewer.getByRole('button', { name: 'Opslaan als nieuwe versie' }).count()).toBe(0);
      expect(watched.problems).toEqual([]);
    } finally {
      await viewerContext.close();
    }
  });
});
