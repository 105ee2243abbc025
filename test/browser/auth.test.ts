import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  requireBuiltPage,
  screenshotPath,
  signIn,
  submitSignIn,
  waitForSignInPage,
  watchForProblems,
  WEB_ROOT,
} from '../support/web-page.ts';

/**
 * Signing in, in a real browser against the real server: the first run on an empty ledger,
 * signing out and in again, a wrong password, changing the password, too many guesses, an
 * invitation accepted in another browser, and a session that ends while the page is open.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

const expectCount = (locator: ReturnType<Page['locator']>, count: number) =>
  expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(count);

async function openPage(browser: Browser, locale: string): Promise<{ context: BrowserContext; page: Page; problems: string[]; cspViolations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { context, page, ...watchForProblems(page) };
}

async function signOutThroughMenu(page: Page, label: RegExp = /^(Sign out|Afmelden)$/): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: label }).click();
  await waitForSignInPage(page);
}

describe.skipIf(!HAS_CHROMIUM)('first run, signing in and out', () => {
  let testStore: TestStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: string[] = [];
  let cspViolations: string[] = [];
  const owner = { organisation: 'Harbour Bakery', name: 'Ada Baker', email: 'ada@harbour-bakery.test', password: 'flour and fire 42' };
  const newPassword = 'sourdough at dawn 7';

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite'); // empty: no user, no organisation
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    ({ page, problems, cspViolations } = await openPage(browser, 'en-GB'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  it('shows the first-run page on an empty ledger and checks the form before sending it', async () => {
    await page.goto(server!.url);
    await page.getByRole('heading', { name: 'Set up Trust Ledger' }).waitFor();
    await page.screenshot({ path: screenshotPath('first-run'), animations: 'disabled', fullPage: true });

    // Everything empty: each field says so, at the field.
    await page.getByRole('button', { name: 'Set up and sign in' }).click();
    await expectCount(page.getByText('Fill this in'), 5);

    await page.getByLabel(/^Organisation name/).fill(owner.organisation);
    await page.getByLabel(/^Your name/).fill(owner.name);
    await page.getByLabel(/^Email address/).fill('not an address');
    await page.getByLabel(/^Password/).fill('short');
    await page.getByLabel(/^Repeat the password/).fill('shorter');
    await page.getByRole('button', { name: 'Set up and sign in' }).click();
    await page.getByText('This is not an email address').waitFor();
    await page.getByText('At least 10 characters', { exact: true }).waitFor();
    await page.getByText('The two passwords are not the same').waitFor();
    await page.screenshot({ path: screenshotPath('first-run-errors'), animations: 'disabled', fullPage: true });
  });

  it('sets up the organisation and its owner, and goes straight in', async () => {
    await page.getByLabel(/^Email address/).fill(owner.email);
    await page.getByLabel(/^Password/).fill(owner.password);
    await page.getByLabel(/^Repeat the password/).fill(owner.password);
    // The keyboard is enough: Enter sends the form.
    await page.getByLabel(/^Repeat the password/).press('Enter');

    await expect.poll(() => page.getByTestId('organisation-name').textContent(), { timeout: 10_000 }).toBe(owner.organisation);
    expect(await page.getByTestId('organisation-role').getAttribute('data-role')).toBe('owner');
    await page.getByText('This organisation has no stakeholders yet.').waitFor();
    await page.getByTestId('user-menu').getByText(owner.name).waitFor();
    const members = page.getByTestId('members-panel');
    await members.getByRole('rowheader', { name: new RegExp(owner.name) }).waitFor();
    await members.getByRole('button', { name: 'Create invitation link' }).waitFor();
    await page.screenshot({ path: screenshotPath('first-run-done'), animations: 'disabled', fullPage: true });
  });

  it('keeps the session across a reload and does not offer set-up again', async () => {
    await page.reload();
    await expect.poll(() => page.getByTestId('organisation-name').textContent(), { timeout: 10_000 }).toBe(owner.organisation);
  });

  it('signs out to the sign-in page', async () => {
    await signOutThroughMenu(page, /^Sign out$/);
    await page.screenshot({ path: screenshotPath('sign-in'), animations: 'disabled', fullPage: true });
    await page.reload();
    await waitForSignInPage(page); // the session is really gone, not just hidden
  });

  it('says a wrong password is wrong, without telling whether the address exists', async () => {
    await submitSignIn(page, owner.email, 'not the password');
    const alert = page.getByRole('alert').filter({ hasText: 'Email or password is not right' });
    await alert.waitFor();
    await page.screenshot({ path: screenshotPath('sign-in-wrong'), animations: 'disabled', fullPage: true });
    const wrongPassword = await alert.textContent();

    await submitSignIn(page, 'nobody@harbour-bakery.test', 'not the password');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(wrongPassword);
    await expectCount(page.getByTestId('organisation-name'), 0);
  });

  it('signs in again', async () => {
    await signIn(page, owner.email, owner.password);
    expect(await page.getByTestId('organisation-name').textContent()).toBe(owner.organisation);
  });

  it('changes the password in a modal, and the new one works', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change password' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Current password/).fill('a wrong guess!');
    await dialog.getByLabel(/^New password/).fill(newPassword);
    await dialog.getByLabel(/^Repeat the new password/).fill(newPassword);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('This is not your current password').waitFor();
    await page.screenshot({ path: screenshotPath('change-password-wrong'), animations: 'disabled' });

    await dialog.getByLabel(/^Current password/).fill(owner.password);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.getByText('Password changed').waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expectCount(page.getByRole('dialog'), 0);

    await signOutThroughMenu(page);
    await submitSignIn(page, owner.email, owner.password);
    await page.getByRole('alert').filter({ hasText: 'Email or password is not right' }).waitFor();
    await signIn(page, owner.email, newPassword);
  });

  it('slows down guessing, and says how long to wait', async () => {
    await signOutThroughMenu(page);
    const guessed = 'guess@harbour-bakery.test';
    const wrong = page.getByRole('alert').filter({ hasText: 'Email or password is not right' });
    const answered = () => page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const answer = answered();
      await submitSignIn(page, guessed, `guess number ${attempt}`);
      expect((await answer).status()).toBe(401);
      await wrong.waitFor();
    }
    const answer = answered();
    await submitSignIn(page, guessed, 'guess number 6');
    expect((await answer).status()).toBe(429);
    const tooMany = page.getByRole('alert').filter({ hasText: 'Too many attempts' });
    await tooMany.waitFor();
    expect(await tooMany.textContent()).toMatch(/Wait (about \d+ minutes?|\d+ seconds?) before you try again\./);
    await page.screenshot({ path: screenshotPath('sign-in-too-many'), animations: 'disabled', fullPage: true });

    // Another address is not held up by it.
    await signIn(page, owner.email, newPassword);
  });

  it('lets a member of several organisations pick one, with their role in each', async () => {
    // A second organisation, made through the API with the page's own session.
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/v1/organisations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Harbour Café' }),
      });
      return response.status;
    });
    expect(status).toBe(201);
    await page.reload();
    const picker = page.getByRole('combobox', { name: 'Organisation' });
    await picker.click();
    const options = page.getByRole('option');
    await expectCount(options, 2);
    expect(await options.filter({ hasText: 'Harbour Café' }).locator('[data-role]').getAttribute('data-role')).toBe('owner');
    await page.screenshot({ path: screenshotPath('organisation-picker'), animations: 'disabled' });
    await options.filter({ hasText: 'Harbour Café' }).click();
    await expect.poll(() => page.getByTestId('organisation-name').textContent()).toBe('Harbour Café');
  });

  it('had no errors and no CSP violations along the way', async () => {
    expect(problems).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('inviting a member', () => {
  let testStore: TestStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let ownerPage: Page;
  let ownerProblems: { problems: string[]; cspViolations: string[] };
  let organisationName = '';
  let link = '';
  let guestPage: Awaited<ReturnType<typeof openPage>>;

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    organisationName = (await loadDemo(createContext(testStore.store, now), { today: TODAY })).name;
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    const opened = await openPage(browser, 'en-GB');
    ownerPage = opened.page;
    ownerProblems = opened;
    await ownerPage.goto(server.url);
    await signIn(ownerPage, DEMO_USERS.owner, DEMO_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  it('lets the owner create a single-use link in the members panel', async () => {
    const panel = ownerPage.getByTestId('members-panel');
    await panel.scrollIntoViewIfNeeded();
    await panel.getByRole('table', { name: 'Members of the organisation' }).waitFor();
    expect(await panel.getByTestId('member-row').count()).toBeGreaterThanOrEqual(3);
    await panel.screenshot({ path: screenshotPath('members-panel'), animations: 'disabled' });

    await panel.locator('.tl-invite').getByRole('combobox', { name: /^Role/ }).click();
    await ownerPage.getByRole('option', { name: 'Editor' }).click();
    await panel.getByRole('button', { name: 'Create invitation link' }).click();

    const shown = panel.getByTestId('invitation-link');
    await shown.waitFor();
    await shown.getByText('This link is shown only once').waitFor();
    await shown.getByRole('button', { name: 'Copy link' }).waitFor();
    link = await shown.getByTestId('invitation-link-input').inputValue();
    expect(link).toMatch(new RegExp(`^${server!.url}/invite/[^/]+$`));
    await panel.screenshot({ path: screenshotPath('members-panel-invitation'), animations: 'disabled' });
  });

  it('lets the invited person accept in another browser and see the organisation in their role', async () => {
    const guest = await openPage(browser!, 'nl-NL');
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { name: 'U bent uitgenodigd' }).waitFor();
    const summary = guest.page.getByTestId('invitation-summary');
    await summary.getByText(organisationName).waitFor();
    expect(await summary.locator('[data-role]').getAttribute('data-role')).toBe('editor');
    await guest.page.screenshot({ path: screenshotPath('invitation'), animations: 'disabled', fullPage: true });

    await guest.page.getByLabel(/^Uw naam/).fill('Bea Nieuw');
    await guest.page.getByLabel(/^E-mailadres/).fill('bea@lindenhof.example');
    await guest.page.getByLabel(/^Wachtwoord/).fill('nieuw hier en welkom');
    await guest.page.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();

    await expect.poll(() => guest.page.getByTestId('organisation-name').textContent(), { timeout: 10_000 }).toBe(organisationName);
    expect(await guest.page.getByTestId('organisation-role').getAttribute('data-role')).toBe('editor');
    expect(new URL(guest.page.url()).pathname).toBe('/');
    await guest.page.getByTestId('user-menu').getByText('Bea Nieuw').waitFor();

    // The link worked once.
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { name: 'Deze uitnodiging kan niet meer gebruikt worden' }).waitFor();
    await guest.page.screenshot({ path: screenshotPath('invitation-used'), animations: 'disabled', fullPage: true });
    await guest.page.getByRole('button', { name: 'Naar Trust Ledger' }).click();
    await guest.page.getByTestId('organisation-name').waitFor();
    guestPage = guest;
  });

  it('shows the new member to the owner, who can remove them after confirming', async () => {
    await ownerPage.reload();
    const panel = ownerPage.getByTestId('members-panel');
    const row = panel.getByTestId('member-row').filter({ hasText: 'Bea Nieuw' });
    await row.waitFor();
    const role = row.getByRole('combobox', { name: 'Role of Bea Nieuw' });
    expect(await role.inputValue()).toBe('Editor');

    // The owner changes the role in place …
    await role.click();
    await ownerPage.getByRole('option', { name: 'Viewer' }).click();
    await expect.poll(() => role.inputValue()).toBe('Viewer');
    await ownerPage.reload();
    await expect.poll(() => panel.getByTestId('member-row').filter({ hasText: 'Bea Nieuw' }).getByRole('combobox', { name: 'Role of Bea Nieuw' }).inputValue()).toBe('Viewer');

    // … but cannot make the organisation ownerless.
    const self = panel.getByTestId('member-row').filter({ hasText: '(you)' });
    await self.getByRole('combobox', { name: /^Role of/ }).click();
    await ownerPage.getByRole('option', { name: 'Editor' }).click();
    await self.getByText('This is the last owner').waitFor();

    await row.getByRole('button', { name: 'Remove Bea Nieuw' }).click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Remove member' });
    await dialog.getByText(`Remove Bea Nieuw from ${organisationName}?`).waitFor();
    await ownerPage.screenshot({ path: screenshotPath('members-remove'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expectCount(ownerPage.getByRole('dialog'), 0);
    await expectCount(panel.getByTestId('member-row').filter({ hasText: 'Bea Nieuw' }), 0);
  });

  it('leaves a member without organisation an empty state, from which they can start their own', async () => {
    const { page } = guestPage;
    await page.reload();
    const empty = page.getByTestId('no-organisation');
    await empty.getByRole('heading', { name: 'Nog geen organisatie' }).waitFor();
    await page.screenshot({ path: screenshotPath('no-organisation'), animations: 'disabled', fullPage: true });
    await empty.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await empty.getByText('Vul dit in').waitFor();
    await empty.getByLabel(/^Naam van de organisatie/).fill('Atelier Bea');
    await empty.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await expect.poll(() => page.getByTestId('organisation-name').textContent(), { timeout: 10_000 }).toBe('Atelier Bea');
    expect(await page.getByTestId('organisation-role').getAttribute('data-role')).toBe('owner');
    expect(guestPage.problems).toEqual([]);
    expect(guestPage.cspViolations).toEqual([]);
    await guestPage.context.close();
  });

  it('goes back to the sign-in page, with a notice, when the session ends while the page is open', async () => {
    await ownerPage.context().clearCookies();
    const panel = ownerPage.getByTestId('members-panel');
    await panel.getByRole('button', { name: 'Create invitation link' }).click();
    await waitForSignInPage(ownerPage);
    await ownerPage.getByTestId('session-expired').getByText('Your session has ended').waitFor();
    await ownerPage.screenshot({ path: screenshotPath('session-expired'), animations: 'disabled', fullPage: true });
    await signIn(ownerPage, DEMO_USERS.owner, DEMO_PASSWORD);
    await expectCount(ownerPage.getByTestId('session-expired'), 0);
    expect(ownerProblems.problems).toEqual([]);
    expect(ownerProblems.cspViolations).toEqual([]);
  });
});
