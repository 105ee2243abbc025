import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBreach, listBreaches, moveBreach } from '../../src/app/breaches.ts';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { startServer } from '../../src/api/server.ts';
import { seriousViolations } from '../support/axe.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { textsInOtherLanguage } from '../support/untranslated.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * Breach and repair in a real browser, against the real server with the demo organisation: the
 * production team's accumulating small incidents turned into a breach from the dashboard, its
 * repair planned (apology elements and an action), a repair deposit recorded and the recovery
 * read — on the breach page and as a mark on the relation's trend; a response chosen to a
 * supplier's breach; a refused status step with the server's reason; and a viewer without actions.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const WORKSHOP = 'Productieteam werkplaats';
const NESTEL = 'Woonketen Nestel';
const VIJS = 'Beslaghandel Vijs & Moer';

describe.skipIf(!HAS_CHROMIUM)('breach and repair in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let ctx: AppContext;
  let organisationId = '';
  const breachIds = new Map<string, string>();
  /** What people wrote, which stays as written in either language. */
  const written = new Set<string>();
  const watched: Array<ReturnType<typeof watchForProblems>> = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    ctx = createContext(testStore.store, now);
    organisationId = (await loadDemo(ctx, { today: TODAY })).id;
    for (const b of await listBreaches(ctx, organisationId, {})) {
      breachIds.set(b.stakeholder.name, b.id);
      written.add(b.description);
    }
    const notes = await testStore.store.db.selectFrom('entries').select('note').execute();
    for (const { note } of notes) written.add(note);
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const { problems, cspViolations } of watched) {
      expect(problems).toEqual([]);
      expect(cspViolations).toEqual([]);
    }
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  /** A Dutch-speaking browser signed in as `email`, on the dashboard. */
  async function openAs(email: string): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watched.push(watchForProblems(page));
    await page.goto(server!.url);
    await signIn(page, email, DEMO_PASSWORD);
    return page;
  }

  const expectCount = (locator: Locator, count: number) => expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(count);
  /** Axe on the page at rest: the pointer off the last button and the confirmations closed. */
  async function calmViolations(page: Page): Promise<string[]> {
    await page.mouse.move(0, 0);
    while ((await page.getByTestId('notice').count()) > 0) {
      await page.getByTestId('notice').first().getByRole('button').click({ timeout: 1_000 }).catch(() => undefined);
    }
    await expectCount(page.getByTestId('notice'), 0);
    return seriousViolations(page);
  }
  async function choose(page: Page, select: Locator, option: string | RegExp) {
    await select.click();
    await page.getByRole('listbox').getByRole('option', { name: option }).first().click();
  }

  describe('as the editor', () => {
    let page: Page;
    let breachId = '';
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.editor);
    });

    it('lists the breaches needing attention on the dashboard, the overdue one first', async () => {
      const panel = page.getByTestId('dashboard-breaches');
      await expectCount(panel.getByTestId('dashboard-breach'), 2);
      const first = panel.getByTestId('dashboard-breach').first();
      expect(await first.getAttribute('data-overdue')).toBe('true');
      await first.getByRole('link', { name: NESTEL }).waitFor();
      // The overdue repair's signal leads to its breach.
      await page.getByRole('group', { name: 'Signalen van één soort tonen' }).getByText('Herstel loopt achter', { exact: true }).click();
      await page.getByTestId('signal-open-breach').first().waitFor();
      expect(await page.getByTestId('signal-open-breach').first().getAttribute('href')).toBe(`/breaches/${breachIds.get(NESTEL)}`);
    });

    it("turns the production team's small incidents into a breach in one step", async () => {
      await page.getByRole('group', { name: 'Signalen van één soort tonen' }).getByText('Kleine incidenten', { exact: true }).click();
      const signal = page.getByTestId('signal').filter({ hasText: WORKSHOP });
      await signal.getByTestId('signal-turn-into-breach').click();
      const dialog = page.getByRole('dialog', { name: 'De kleine voorvallen omzetten in een breuk' });
      const description = dialog.getByTestId('signal-breach-description');
      expect(await description.inputValue()).toContain(WORKSHOP);
      expect(await calmViolations(page)).toEqual([]);
      const text = 'Vier keer op korte tijd werd de werkplaats laat ingelicht over planningswijzigingen.';
      written.add(text);
      await description.fill(text);
      await dialog.getByTestId('signal-breach-submit').click();

      await page.getByTestId('breach-page').waitFor();
      breachId = page.url().split('/breaches/')[1]!;
      expect(await page.getByTestId('breach-page').getAttribute('data-direction')).toBe('we_breached');
      expect(await page.getByTestId('breach-title').textContent()).toBe('Wij schonden hun vertrouwen');
      expect(await page.getByTestId('breach-description-text').textContent()).toBe(text);
      await expectCount(page.getByTestId('breach-withdrawals').getByTestId('breach-entry'), 4);
      expect(await page.getByTestId('breach-status').first().textContent()).toBe('Open');
      await page.getByTestId('apology-guidance').waitFor();
    });

    it('plans the repair: apology elements and an action, saved whole', async () => {
      await expectCount(page.getByTestId('apology-element'), 6);
      await expectCount(page.getByTestId('apology-weighs-most'), 2);
      const responsibility = page.locator('[data-testid="apology-element"][data-element="acknowledging_responsibility"]');
      await responsibility.getByText('Gedaan', { exact: true }).click();
      await responsibility.getByTestId('apology-note').fill('Ploegleider erkende het in het teamoverleg');
      const offer = page.locator('[data-testid="apology-element"][data-element="offer_of_repair"]');
      await offer.getByText('Gedaan', { exact: true }).click();
      written.add('Ploegleider erkende het in het teamoverleg');

      await page.getByTestId('repair-action-add').click();
      const action = page.getByTestId('repair-action').last();
      await action.getByTestId('repair-action-description').fill('Planningswijzigingen dagelijks om 8 uur aan de werkplaats melden');
      await action.getByTestId('repair-action-owner').fill('Productieleider');
      await action.getByTestId('repair-action-due').fill('2026-04-15');
      written.add('Planningswijzigingen dagelijks om 8 uur aan de werkplaats melden').add('Productieleider');
      await page.getByTestId('repair-plan-save').click();
      await page.getByTestId('notice').filter({ hasText: 'Herstelplan bewaard' }).waitFor();

      const saved = await getBreach(ctx, organisationId, breachId);
      expect(saved.apology?.acknowledging_responsibility).toEqual({ state: 'done', note: 'Ploegleider erkende het in het teamoverleg' });
      expect(saved.apology?.offer_of_repair?.state).toBe('done');
      expect(saved.actions).toEqual([expect.objectContaining({ description: 'Planningswijzigingen dagelijks om 8 uur aan de werkplaats melden', owner: 'Productieleider', dueOn: '2026-04-15', doneOn: null })]);

      await page.reload();
      await page.getByTestId('repair-plan').waitFor();
      expect(await responsibility.getAttribute('data-state')).toBe('done');
      expect(await responsibility.getByTestId('apology-note').inputValue()).toBe('Ploegleider erkende het in het teamoverleg');
      await expectCount(page.getByTestId('repair-action'), 1);
      expect(await calmViolations(page)).toEqual([]);
    });

    it('records a repair deposit and shows the recovery on the breach page and on the trend', async () => {
      await page.getByTestId('repair-deposit-open').click();
      const dialog = page.getByRole('dialog', { name: 'Een herstelstorting boeken' });
      await choose(page, dialog.getByTestId('repair-deposit-foundation'), 'Transparantie');
      await choose(page, dialog.getByTestId('repair-deposit-amount'), /^\+4/);
      await dialog.getByTestId('repair-deposit-note').fill('Planning voortaan elke ochtend op het bord');
      written.add('Planning voortaan elke ochtend op het bord');
      await dialog.getByTestId('repair-deposit-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await expectCount(page.getByTestId('breach-repairs').getByTestId('breach-entry'), 1);
      await expect.poll(() => page.getByTestId('breach-status').first().textContent()).toBe('In herstel');

      const { recovery } = await getBreach(ctx, organisationId, breachId);
      const figures = page.getByTestId('recovery-figures');
      expect(await figures.getByTestId('recovery-before').textContent()).toBe(String(Math.round(recovery.before)));
      expect(await figures.getByTestId('recovery-lowest').textContent()).toBe(String(Math.round(recovery.lowest)));
      expect(await figures.getByTestId('recovery-now').textContent()).toBe(String(Math.round(recovery.now)));
      expect(recovery.now).toBeGreaterThan(recovery.lowest);
      expect(await figures.getByTestId('recovery-days').textContent()).toBe(
        recovery.daysToRecovery === null ? 'nog niet' : recovery.daysToRecovery === 1 ? 'na 1 dag' : `na ${recovery.daysToRecovery} dagen`,
      );
      await page.getByTestId('recovery-chart').locator('svg').first().waitFor();
      expect(await calmViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await page.screenshot({ path: screenshotPath('breach-ours-nl'), animations: 'disabled', fullPage: true });

      // On the relation: the breach listed with its recovery, and marked on the damaged account's trend.
      await page.getByRole('link', { name: `← Terug naar ${WORKSHOP}` }).click();
      const row = page.getByTestId('relation-breaches').getByTestId('breach-row');
      await expectCount(row, 1);
      expect(await row.getAttribute('data-status')).toBe('in_repair');
      expect(await row.getByTestId('breach-row-recovery').textContent()).toContain(`nu ${Math.round(recovery.now)}`);
      await page.getByTestId('trend-received').locator('svg').first().waitFor();
      const marks = page.getByTestId('trend-breaches-received').locator('li');
      await expectCount(marks.and(page.locator('[data-kind="breach"]')), 1);
      await expectCount(marks.and(page.locator('[data-kind="recovered"]')), recovery.recoveredOn === null || recovery.daysToRecovery === 0 ? 0 : 1);
      // The mark line is drawn on the chart itself, labelled.
      await page.getByTestId('trend-received').locator('svg text', { hasText: 'Breuk' }).first().waitFor();
      expect(await calmViolations(page)).toEqual([]);
      await page.getByTestId('relation-breaches').screenshot({ path: screenshotPath('relation-breaches-nl') });
    });

    it('records a breach from the relation page with a new withdrawal', async () => {
      await page.getByTestId('breach-record-open').click();
      const form = page.getByTestId('breach-form');
      await form.getByTestId('breach-submit').click();
      await form.getByText('Noem minstens één afname: kies er een uit het grootboek of voeg een nieuwe toe.').waitFor();
      await form.getByTestId('breach-direction-they_breached').click();
      await form.getByTestId('breach-description').fill('De werkplaats hield een defect aan de lakstraat een week voor zich.');
      written.add('De werkplaats hield een defect aan de lakstraat een week voor zich.');
      await form.getByTestId('breach-add-withdrawal').click();
      await choose(page, form.getByTestId('withdrawal-foundation'), 'Transparantie');
      expect(await calmViolations(page)).toEqual([]);
      await form.getByTestId('breach-submit').click();
      await page.getByTestId('breach-page').waitFor();
      expect(await page.getByTestId('breach-page').getAttribute('data-direction')).toBe('they_breached');
      await expectCount(page.getByTestId('breach-withdrawals').getByTestId('breach-entry'), 1);
      await page.getByTestId('breach-responses').waitFor();
    });

    it("chooses a response to a supplier's breach; leaving asks first", async () => {
      await page.goto(`${server!.url}/breaches/${breachIds.get(VIJS)}`);
      const cards = page.getByTestId('response-card');
      await expectCount(cards, 4);
      expect(await page.locator('[data-testid="response-card"][data-response="address"]').getAttribute('data-fit')).toBe('good');
      expect(await page.locator('[data-testid="response-card"][data-chosen="true"]').getAttribute('data-response')).toBe('address');
      const credibility = page.locator('[data-testid="response-card"][data-response="complain"]').getByTestId('response-credibility');
      expect(await credibility.locator('dd[data-dimension="contractual"]').getAttribute('data-effect')).toBe('1');
      expect(await calmViolations(page)).toEqual([]);

      await page.locator('[data-testid="response-card"][data-response="leave"]').getByTestId('response-choose').click();
      const leave = page.getByRole('dialog', { name: 'Reageren: Weggaan' });
      await leave.getByTestId('response-leave-warning').waitFor();
      await leave.getByRole('button', { name: 'Annuleren' }).click();
      await leave.waitFor({ state: 'detached' });

      await page.getByTestId('response-alternatives').getByText('Nee', { exact: true }).click();
      await page.locator('[data-testid="response-card"][data-response="complain"]').getByTestId('response-choose').click();
      const complain = page.getByRole('dialog', { name: 'Reageren: Klagen' });
      await complain.getByTestId('response-note').fill('Formele klacht bij hun directie.');
      written.add('Formele klacht bij hun directie.');
      await complain.getByTestId('response-submit').click();
      await complain.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('[data-testid="response-card"][data-chosen="true"]').getAttribute('data-response')).toBe('complain');
      expect(await page.getByTestId('response-chosen').textContent()).toContain('Formele klacht bij hun directie.');
      const saved = await getBreach(ctx, organisationId, breachIds.get(VIJS)!);
      expect(saved.response).toEqual(expect.objectContaining({ response: 'complain', alternatives: false }));
      await page.screenshot({ path: screenshotPath('breach-theirs-nl'), animations: 'disabled', fullPage: true });
    });

    it("shows the server's reason when a status step is refused", async () => {
      await page.goto(`${server!.url}/breaches/${breachIds.get(NESTEL)}`);
      await page.getByTestId('breach-move-restored').waitFor();
      // Meanwhile, someone else settles it.
      await moveBreach(ctx, organisationId, breachIds.get(NESTEL)!, { status: 'restored' });
      await page.getByTestId('breach-move-restored').click();
      await page.getByTestId('breach-move-confirm').waitFor();
      await page.getByTestId('breach-move-confirm-submit').click();
      const refused = page.getByTestId('breach-move-refused');
      await refused.waitFor();
      expect(await refused.textContent()).toContain('settled');
    });

    it('stays readable on a phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server!.url}/breaches/${breachId}`);
      await page.getByTestId('repair-plan').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('breach-narrow'), animations: 'disabled', fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  });

  describe('as the viewer', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.viewer);
    });

    it('reads breaches but finds nothing to change', async () => {
      await page.getByTestId('dashboard-breaches').getByTestId('dashboard-breach').first().waitFor();
      await page.getByTestId('signal').first().waitFor();
      await expectCount(page.getByTestId('signal-turn-into-breach'), 0);

      await page.goto(`${server!.url}/breaches/${breachIds.get(VIJS)}`);
      await expectCount(page.getByTestId('response-card'), 4);
      await expectCount(page.getByTestId('response-choose'), 0);
      await expectCount(page.locator('[data-testid^="breach-move-"]'), 0);
      await expectCount(page.getByTestId('repair-deposit-open'), 0);

      const woonketen = await listBreaches(ctx, organisationId, {});
      const ours = woonketen.find((b) => b.direction === 'we_breached' && b.status !== 'restored')!;
      await page.goto(`${server!.url}/breaches/${ours.id}`);
      await page.getByTestId('repair-plan').waitFor();
      await expectCount(page.getByTestId('repair-plan-save'), 0);
      await expectCount(page.getByTestId('apology-state'), 0);
      await expectCount(page.getByTestId('repair-action-add'), 0);
      await expectCount(page.getByTestId('repair-deposit-open'), 0);

      await page.goto(`${server!.url}/relations/${ours.relationId}`);
      await page.getByTestId('relation-breaches').getByTestId('breach-row').first().waitFor();
      await expectCount(page.getByTestId('breach-record-open'), 0);
      expect(await calmViolations(page)).toEqual([]);
    });
  });
});
