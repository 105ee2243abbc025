import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { recordEntry } from '../../src/app/record-entries.ts';
import { addRelation } from '../../src/app/relations.ts';
import { addStakeholder } from '../../src/app/stakeholders.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  pageCspViolations,
  requireBuiltPage,
  screenshotPath,
  signIn,
  watchForProblems,
  WEB_ROOT,
} from '../support/web-page.ts';

/**
 * Text that users type is shown as text, never run: stakeholder names and an entry's note written
 * as markup stay inert, nothing fires, and the page works under the server's Content Security
 * Policy without a single violation.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

const IMG_NAME = '<img src=x onerror="window.__xss=1">';
const SCRIPT_NAME = '<script>window.__xss=2</script>';
const NOTE = '"><svg onload=window.__xss=3>';

describe.skipIf(!HAS_CHROMIUM)('markup in user text, under the content security policy', () => {
  let testStore: TestStore | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let watched: { problems: string[]; cspViolations: string[] };
  const dialogs: string[] = [];
  let csp: string | undefined;

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    for (const name of [IMG_NAME, SCRIPT_NAME]) {
      const stakeholder = await addStakeholder(ctx, organisation.id, { name, category: 'customers', level: 'relational' });
      const relation = await addRelation(ctx, organisation.id, { stakeholderId: stakeholder.id, startedOn: '2026-01-05' });
      await recordEntry(ctx, organisation.id, {
        accountId: relation.accounts.received,
        occurredOn: '2026-03-01',
        foundation: 'honesty',
        amount: 2,
        note: NOTE,
      });
    }
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    watched = watchForProblems(page);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const response = await page.goto(server.url);
    csp = response?.headers()['content-security-policy'];
    await signIn(page, DEMO_USERS.viewer, DEMO_PASSWORD);
    await page.getByRole('table', { name: 'Stakeholders and their trust accounts' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  it('is served with a strict content security policy', () => {
    expect(csp).toBeDefined();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("object-src 'none'");
  });

  it('shows stakeholder names written as markup as plain text', async () => {
    const table = page.getByRole('table', { name: 'Stakeholders and their trust accounts' });
    const names = await table.locator('tbody tr th').allTextContents();
    expect(names).toContain(IMG_NAME);
    expect(names).toContain(SCRIPT_NAME);
    await table.getByRole('rowheader', { name: IMG_NAME, exact: true }).waitFor();

    // Nothing of it became an element.
    expect(await page.locator('img[src="x"], tbody script, svg[onload]').count()).toBe(0);
    await page.getByRole('searchbox', { name: 'Filter stakeholders' }).fill('<');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    await page.screenshot({ path: screenshotPath('xss-names'), animations: 'disabled', fullPage: false });
    await page.getByRole('searchbox', { name: 'Filter stakeholders' }).fill('');
  });

  it('runs none of it: no dialog, window.__xss stays undefined', async () => {
    await page.waitForTimeout(300); // an onerror or onload would have fired by now
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  it("shows an entry's note written as markup as plain text on the relation page", async () => {
    await page.getByRole('link', { name: IMG_NAME, exact: true }).click();
    const line = page.getByTestId('ledger-received').getByTestId('ledger-line').filter({ hasText: NOTE });
    await line.waitFor();
    expect(await line.textContent()).toContain(NOTE);
    expect(await page.locator('svg[onload], img[src="x"]').count()).toBe(0);
    await page.waitForTimeout(300); // an onload would have fired by now
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  it('works under the policy: no violation reported, no error', async () => {
    // Open the parts that draw overlays (menu, modal), so they are checked too.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.getByRole('dialog', { name: 'Change password' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    expect(watched.cspViolations).toEqual([]);
    expect(await pageCspViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
  });
});
