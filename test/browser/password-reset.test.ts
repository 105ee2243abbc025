import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { createOrganisation } from '../../src/app/organisations.ts';
import { issuePasswordReset } from '../../src/app/password-reset.ts';
import { createUser } from '../../src/app/setup.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { seriousViolations } from '../support/axe.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { requireBuiltPage, screenshotPath, signIn, submitSignIn, waitForSignInPage, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * A forgotten password, in a real browser against the real server: the sign-in page says whom to
 * ask, the operator's link opens a page that shows nothing of the account, the new password is
 * chosen there and signs in, a session elsewhere ends, and the spent link says so in Dutch.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const now = () => new Date('2026-03-15T10:00:00Z');

describe.skipIf(!HAS_CHROMIUM)('resetting a forgotten password with a link from the operator', () => {
  let testStore: TestStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let ctx: AppContext;
  let context: BrowserContext;
  let page: Page;
  let watched: { problems: string[]; cspViolations: string[] };
  let link = '';
  const person = { name: 'Ada Baker', email: 'ada@harbour-bakery.test', password: 'flour and fire 42', organisation: 'Harbour Bakery' };
  const newPassword = 'sourdough at dawn 7';

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    ctx = createContext(testStore.store, now);
    const user = await createUser(ctx, { displayName: person.name, email: person.email, password: person.password });
    await createOrganisation(ctx, { name: person.organisation, ownerUserId: user.id });
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    watched = watchForProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  it('tells on the sign-in page whom to ask, without a field to probe addresses with', async () => {
    await page.goto(server!.url);
    await waitForSignInPage(page);
    const help = page.getByTestId('forgot-password-help');
    expect(await help.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Forgot your password?' }).click();
    await help.waitFor({ state: 'visible' });
    expect(await help.textContent()).toMatch(/Ask whoever runs Trust Ledger .* for a password reset link/);
    expect(await page.getByLabel(/^Email address/).count()).toBe(1); // only sign-in's own
    await page.screenshot({ path: screenshotPath('sign-in-forgot-password'), animations: 'disabled', fullPage: true });
  });

  it('opens the link, checks the form like the password change, and sets the new password', async () => {
    // Signed in elsewhere: that session ends with the reset.
    const elsewhere = await browser!.newContext({ locale: 'en-GB' });
    const elsewherePage = await elsewhere.newPage();
    await elsewherePage.goto(server!.url);
    await signIn(elsewherePage, person.email, person.password);

    link = `${server!.url}/reset/${(await issuePasswordReset(ctx, person.email)).token}`;
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    const shown = await page.locator('body').textContent();
    expect(shown).not.toContain(person.email);
    expect(shown).not.toContain(person.name);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/^New password/).fill('short');
    await page.getByLabel(/^Repeat the new password/).fill('shorter');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('At least 10 characters', { exact: true }).waitFor();
    await page.getByText('The two passwords are not the same').waitFor();
    await page.screenshot({ path: screenshotPath('password-reset-errors'), animations: 'disabled', fullPage: true });

    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel(/^Repeat the new password/).fill(newPassword);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { name: 'Your new password is set' }).waitFor();
    await page.screenshot({ path: screenshotPath('password-reset-done'), animations: 'disabled', fullPage: true });

    await elsewherePage.reload();
    await waitForSignInPage(elsewherePage);
    await elsewhere.close();
  });

  it('signs in with the new password, and no longer with the old one', async () => {
    await page.getByRole('button', { name: 'Go to sign in' }).click();
    await submitSignIn(page, person.email, person.password);
    await page.getByRole('alert').filter({ hasText: 'Email or password is not right' }).waitFor();
    await signIn(page, person.email, newPassword);
    expect(await page.getByTestId('organisation-name').textContent()).toBe(person.organisation);
  });

  it('says a spent link can no longer be used, in the reader’s language', async () => {
    const dutch = await browser!.newContext({ locale: 'nl-NL' });
    const dutchPage = await dutch.newPage();
    const dutchWatched = watchForProblems(dutchPage);
    await dutchPage.goto(link);
    await dutchPage.getByRole('heading', { name: 'Kies een nieuw wachtwoord' }).waitFor();
    await dutchPage.getByLabel(/^Nieuw wachtwoord/).fill('nog een ander wachtwoord');
    await dutchPage.getByLabel(/^Herhaal het nieuwe wachtwoord/).fill('nog een ander wachtwoord');
    await dutchPage.getByRole('button', { name: 'Nieuw wachtwoord instellen' }).click();
    await dutchPage.getByRole('heading', { name: 'Deze link kan niet meer gebruikt worden' }).waitFor();
    await dutchPage.screenshot({ path: screenshotPath('password-reset-gone'), animations: 'disabled', fullPage: true });
    await dutchPage.getByRole('button', { name: 'Naar aanmelden' }).click();
    await waitForSignInPage(dutchPage);
    expect(dutchWatched).toEqual({ problems: [], cspViolations: [] });
    await dutch.close();
  });

  it('had no errors and no CSP violations along the way', () => {
    expect(watched.problems).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
  });
});
