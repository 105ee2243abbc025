import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewAssessment } from '../../src/app/assessments.ts';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { listOrganisationDilemmas } from '../../src/app/dilemmas.ts';
import { listOrganisationStakeholders } from '../../src/app/stakeholders.ts';
import { startServer } from '../../src/api/server.ts';
import { seriousViolations } from '../support/axe.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { textsInOtherLanguage } from '../support/untranslated.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The decisions views in a real browser, against the real server with the demo organisation:
 * the restructuring dilemma's trade-offs (shareholders up, employees down), its second-order
 * effects apart, deciding it (a justification first) with the entries it books; a new dilemma
 * through the form; a weighed-trust assessment from the gut feeling to its review; and a viewer
 * who reads but finds nothing to change.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const RESTRUCTURING = 'Herstructurering van het verkoop- en projectteam';

describe.skipIf(!HAS_CHROMIUM)('decisions in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let ctx: AppContext;
  let organisationId = '';
  let restructuringId = '';
  const ids = new Map<string, string>();
  /** What people wrote, which stays as written in either language: names, titles, notes. */
  let written = new Set<string>();
  const watched: Array<ReturnType<typeof watchForProblems>> = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    ctx = createContext(testStore.store, now);
    organisationId = (await loadDemo(ctx, { today: TODAY })).id;
    for (const s of await listOrganisationStakeholders(ctx, organisationId)) ids.set(s.name, s.id);
    const dilemmas = await listOrganisationDilemmas(ctx, organisationId);
    restructuringId = dilemmas.find((d) => d.title === RESTRUCTURING)!.id;
    written = new Set([
      ...ids.keys(),
      ...dilemmas.flatMap((d) => [d.title, d.context, d.valueConflict, ...d.options.flatMap((o) => [o.title, o.description, ...o.effects.map((e) => e.note)])]),
    ]);
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

  /** A Dutch-speaking browser signed in as `email`, on the decisions page. */
  async function openAs(email: string): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watched.push(watchForProblems(page));
    await page.goto(server!.url);
    await signIn(page, email, DEMO_PASSWORD);
    await page.getByTestId('nav-decisions').click();
    await page.getByTestId('dilemma-list').waitFor();
    return page;
  }

  const expectCount = (locator: Locator, count: number) => expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(count);
  /** The trade-off row of one account in a table, by stakeholder name and direction. */
  const rowOf = (table: Locator, name: string, direction: 'received' | 'given' = 'received') =>
    table.locator(`[data-testid="tradeoff-row"][data-stakeholder="${ids.get(name)}"][data-direction="${direction}"]`);
  const trendIn = (row: Locator, option: number) => row.getByTestId('tradeoff-cell').nth(option).getAttribute('data-trend');
  /**
   * Axe on the page at rest: the pointer off the button it just clicked (whose hover shade is not
   * the one people read) and the confirmations, which leave by themselves a moment later, closed.
   */
  async function calmViolations(page: Page): Promise<string[]> {
    await page.mouse.move(0, 0);
    while ((await page.getByTestId('notice').count()) > 0) {
      await page.getByTestId('notice').first().getByRole('button').click({ timeout: 1_000 }).catch(() => undefined);
    }
    await expectCount(page.getByTestId('notice'), 0);
    return seriousViolations(page);
  }
  /** Picks an option of a Mantine select by its label. */
  async function choose(page: Page, select: Locator, option: string | RegExp) {
    await select.click();
    await page.getByRole('option', { name: option }).first().click();
  }

  describe('as the editor', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.editor);
    });

    it('lists the demo dilemmas, open, with their impact', async () => {
      await expectCount(page.getByTestId('dilemma-row'), 3);
      await page.getByTestId('assessments-none').waitFor();
      await expectCount(page.getByTestId('influence-edge'), 5);
      expect(await page.getByTestId('dilemma-row').filter({ hasText: RESTRUCTURING }).getByTestId('impact').textContent()).toBe('3 – zwaarwegend');
      expect(await calmViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await page.screenshot({ path: screenshotPath('decisions-nl'), animations: 'disabled', fullPage: true });
    });

    it('shows the restructuring side by side: the shareholders gain trust, the employees lose it', async () => {
      await page.getByRole('link', { name: RESTRUCTURING }).click();
      const table = page.getByTestId('tradeoff-table');
      await table.waitFor();
      const shareholders = rowOf(table, 'Familiale aandeelhouders (familieholding)');
      const sales = rowOf(table, 'Verkoop- en projectteam');
      const workshop = rowOf(table, 'Productieteam werkplaats');
      // Option 1 restructures, option 2 retrains.
      expect(await trendIn(shareholders, 0)).toBe('up');
      expect(await trendIn(sales, 0)).toBe('down');
      expect(await trendIn(workshop, 0)).toBe('down');
      expect(await trendIn(shareholders, 1)).toBe('down');
      expect(await trendIn(sales, 1)).toBe('up');
      expect(await table.getByTestId('tradeoff-counts').first().textContent()).toBe('2 winnen · 4 verliezen');
      await table.getByTestId('tradeoff-worst-off').first().getByText('Productieteam werkplaats').waitFor();
      await page.getByTestId('dilemma-chart').locator('svg').first().waitFor();
      expect(await calmViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await page.screenshot({ path: screenshotPath('dilemma-nl'), animations: 'disabled', fullPage: true });
    });

    it('shows the second-order effects through the influence network apart from the direct ones', async () => {
      const direct = page.getByTestId('tradeoff-table');
      const before = await direct.getByTestId('tradeoff-row').count();
      await expectCount(page.getByTestId('second-order'), 0);
      await page.getByRole('switch', { name: 'Tweede-orde-effecten tonen' }).check();
      const second = page.getByTestId('second-order-table');
      await second.waitFor();
      // The paper passes the restructuring on to the village; the hotel hears it from the sales team.
      await rowOf(second, 'Dorpsgemeenschap en verenigingen').waitFor();
      await rowOf(second, 'Hotelgroep Strandhaver').waitFor();
      expect(await trendIn(rowOf(second, 'Dorpsgemeenschap en verenigingen'), 0)).toBe('down');
      await expectCount(rowOf(direct, 'Hotelgroep Strandhaver'), 0);
      await expectCount(direct.getByTestId('tradeoff-row'), before);
      expect(await calmViolations(page)).toEqual([]);
      await page.getByRole('switch', { name: 'Tweede-orde-effecten tonen' }).uncheck();
      await expectCount(page.getByTestId('second-order'), 0);
    });

    it('stays readable on a phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('tradeoff-table').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('dilemma-narrow'), animations: 'disabled', fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('decides only with a justification, books the entries it announced and shows the review', async () => {
      await page.getByTestId('dilemma-decide').click();
      const dialog = page.getByRole('dialog', { name: 'Het dilemma beslissen' });
      await dialog.getByText('Kies een optie om te zien welke boekingen beslissen maakt.').waitFor();
      await dialog.getByRole('radio', { name: /^1\. Herstructureren/ }).check();
      await dialog.getByText('Beslissen boekt 6 boekingen met bron “dilemma” op 6 vertrouwensrekeningen', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Beslissen en boeken' }).click();
      await dialog.getByText('Schrijf op waarom: een beslissing zonder verantwoording kan niet vastgelegd worden').waitFor();
      expect(await dialog.getByLabel(/^Verantwoording/).getAttribute('aria-invalid')).toBe('true');
      expect(await calmViolations(page)).toEqual([]);
      await dialog.getByLabel(/^Verantwoording/).fill('Het rendement is nodig om de werkplaats te vernieuwen; wie vertrekt krijgt begeleiding.');
      await dialog.getByRole('button', { name: 'Beslissen en boeken' }).click();
      await dialog.waitFor({ state: 'detached' });

      const decision = page.getByTestId('dilemma-decision');
      await decision.waitFor();
      expect(await decision.getByTestId('decision-option').textContent()).toMatch(/^Herstructureren/);
      expect(await decision.getByTestId('decision-booked').textContent()).toBe('6 boekingen gemaakt, op de rekeningen van:');
      await expectCount(decision.getByTestId('review-line'), 6);
      await expectCount(page.getByTestId('dilemma-decide'), 0);
      const booked = await testStore!.store.db.selectFrom('entries').select('note').where('source', '=', 'dilemma').execute();
      expect(booked).toHaveLength(6);
      await page.screenshot({ path: screenshotPath('dilemma-decided-nl'), animations: 'disabled', fullPage: true });

      // The entries stand in the ledger of the accounts they moved.
      await decision.getByRole('link', { name: 'Verkoop- en projectteam' }).click();
      await page.getByTestId('ledger-received').getByTestId('ledger-line').filter({ hasText: 'Herstructurering' }).first().waitFor();
      await page.getByTestId('nav-decisions').click();
      await page.getByTestId('dilemma-row').filter({ hasText: RESTRUCTURING }).getByText('beslist').waitFor();
    });

    it("creates a dilemma through the form, with the server's objections at their fields", async () => {
      await page.getByTestId('dilemma-create').click();
      const form = page.getByTestId('dilemma-form');
      await form.waitFor();
      await form.getByTestId('dilemma-submit').click();
      await form.getByText('Enkele velden vragen uw aandacht; ze zijn gemarkeerd.').waitFor();
      expect(await form.getByLabel(/^Titel/).getAttribute('aria-invalid')).toBe('true');

      await form.getByLabel(/^Titel/).fill('Een leverancier die te laat levert');
      await form.getByLabel(/^Waardenconflict/).fill('Trouw aan een oude partner tegenover beloftes aan klanten');
      await form.getByTestId('dilemma-impact').getByText('4', { exact: true }).click();
      const options = form.getByTestId('option-fields');
      const fillEffect = async (option: Locator, stakeholder: string, foundation: string, amount: RegExp, intent?: string) => {
        const effect = option.getByTestId('effect-fields').last();
        await effect.getByTestId('effect-stakeholder').fill(stakeholder);
        await page.getByRole('option', { name: stakeholder }).first().click();
        await choose(page, effect.getByTestId('effect-foundation'), foundation);
        await choose(page, effect.getByTestId('effect-amount'), amount);
        if (intent) await choose(page, effect.getByTestId('effect-intent'), intent);
      };
      await options.nth(0).getByLabel(/^Wat u zou doen/).fill('Bij de leverancier blijven en samen bijsturen');
      await fillEffect(options.nth(0), 'Hotelgroep Strandhaver', 'Resultaat', /^−2 –/, 'onbedoeld');
      await options.nth(1).getByLabel(/^Wat u zou doen/).fill('Overstappen naar een andere leverancier');
      await fillEffect(options.nth(1), 'Hotelgroep Strandhaver', 'Resultaat', /^\+2 –/);
      await options.nth(1).getByTestId('effect-add').click();
      await fillEffect(options.nth(1), 'Productieteam werkplaats', 'Rechtvaardigheid', /^−1 –/, 'bewust');
      expect(await calmViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await page.screenshot({ path: screenshotPath('dilemma-form-nl'), animations: 'disabled', fullPage: true });

      // An objection the page cannot foresee lands at the field it names.
      const objection = 'Dit bedrag past niet bij deze rekening';
      await page.route('**/api/v1/organisations/*/dilemmas', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 400,
              contentType: 'application/problem+json',
              body: JSON.stringify({ type: 'validation', title: 'The request is not valid', status: 400, errors: [{ field: 'options.1.effects.1.amount', message: objection }] }),
            })
          : route.fallback(),
      );
      await form.getByTestId('dilemma-submit').click();
      await options.nth(1).getByTestId('effect-fields').nth(1).getByText(objection).waitFor();
      await page.unroute('**/api/v1/organisations/*/dilemmas');

      await form.getByTestId('dilemma-submit').click();
      await page.getByTestId('dilemma-title').getByText('Een leverancier die te laat levert').waitFor();
      const table = page.getByTestId('tradeoff-table');
      await table.waitFor();
      expect(await trendIn(rowOf(table, 'Hotelgroep Strandhaver'), 0)).toBe('down');
      expect(await trendIn(rowOf(table, 'Hotelgroep Strandhaver'), 1)).toBe('up');
      expect(await trendIn(rowOf(table, 'Productieteam werkplaats'), 0)).toBe('none');
      await page.getByTestId('nav-decisions').click();
      await expectCount(page.getByTestId('dilemma-row'), 4);
    });

    it('weighs trust: the gut feeling first, then the evidence, the advice with a warning, the record and its review', async () => {
      const counterpart = 'Hotelgroep Strandhaver';
      const ratings = { honesty: -2, fairness: -2, competence: -2, result: -2 } as const;
      const expected = await previewAssessment(ctx, organisationId, { stakeholderId: ids.get(counterpart)!, leap: 'x', gut: 5, ratings, vulnerability: 3 });
      expect(expected.outcome).toBe('withhold');
      expect(expected.warnings).toContain('gut_and_reason_disagree');

      await page.getByTestId('assessment-create').click();
      const form = page.getByTestId('assessment-form');
      await form.waitFor();
      await form.getByTestId('assessment-counterpart').fill(counterpart);
      await page.getByRole('option', { name: counterpart }).click();
      await form.getByTestId('assessment-leap').fill('De volledige inrichting van hun nieuwe hotel op krediet');
      // No evidence, no advice before the gut feeling is recorded.
      await expectCount(form.getByTestId('assessment-evidence'), 0);
      await expectCount(form.getByTestId('assessment-preview'), 0);
      await form.getByTestId('gut-confirm').click();
      await form.getByText('Kies eerst uw buikgevoel').waitFor();
      await expectCount(form.getByTestId('assessment-evidence'), 0);
      await form.getByRole('radio', { name: '5 – volledig vertrouwen' }).check();
      await form.getByTestId('gut-confirm').click();
      await form.getByTestId('gut-recorded').getByText('5 – volledig vertrouwen').waitFor();

      const evidence = form.getByTestId('assessment-evidence');
      await evidence.waitFor();
      await evidence.getByTestId('given-leg-intentional').locator('.tl-band').waitFor();
      for (const [foundation, rating] of Object.entries(ratings)) {
        await evidence.getByTestId(`rating-${foundation}`).getByText(`−${-rating}`, { exact: true }).click();
      }
      const preview = form.getByTestId('assessment-preview');
      await expect.poll(() => preview.getByTestId('preview-outcome').getAttribute('data-outcome')).toBe('withhold');
      await preview.locator('[data-warning="gut_and_reason_disagree"]').waitFor();
      await preview.getByText('Buikgevoel en verstand spreken elkaar tegen').waitFor();
      expect(await calmViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await page.screenshot({ path: screenshotPath('assessment-form-nl'), animations: 'disabled', fullPage: true });

      await form.getByTestId('assessment-submit').click();
      await form.getByText('Kies wat u beslist').waitFor();
      await form.getByRole('radio', { name: 'Vertrouwen onthouden' }).check();
      await form.getByTestId('assessment-reasons').fill('Twee keer te laat betaald en beloftes niet nagekomen; eerst een kleinere order.');
      await form.getByTestId('assessment-book').check();
      await form.getByTestId('assessment-submit').click();
      await expectCount(form.getByText('Vul dit in'), 2);
      await choose(page, form.getByTestId('entry-foundation'), 'Resultaat');
      await choose(page, form.getByTestId('entry-amount'), /^−1 –/);
      await choose(page, form.getByLabel(/^Bedoeling/), 'bedoeling onbekend');
      await form.getByTestId('assessment-submit').click();

      const record = page.getByTestId('assessment-page');
      await record.waitFor();
      expect(await record.getByTestId('assessment-outcome').getAttribute('data-outcome')).toBe('withhold');
      expect(await record.getByTestId('assessment-decision').getAttribute('data-outcome')).toBe('withhold');
      await record.locator('[data-warning="gut_and_reason_disagree"]').waitFor();
      await record.getByTestId('assessment-entry').getByText('Er werd een boeking gemaakt op het gegeven vertrouwen.').waitFor();
      const review = record.getByTestId('assessment-review-form');
      await review.getByRole('radio', { name: 'Deels waargemaakt' }).check();
      await review.getByLabel(/^Wat er gebeurde/).fill('De kleinere order werd op tijd betaald.');
      await review.getByTestId('assessment-review-submit').click();
      await record.getByTestId('assessment-review-result').getByText(/^Deels waargemaakt/).waitFor();
      expect(await calmViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('assessment-nl'), animations: 'disabled', fullPage: true });

      await page.getByTestId('nav-decisions').click();
      await page.getByTestId('assessment-row').filter({ hasText: counterpart }).getByText('Teruggeblikt: Deels waargemaakt').waitFor();
    });
    it('adds a link to the influence network, saves it, and takes it out again', async () => {
      const network = page.getByTestId('influence-network');
      await network.getByTestId('influence-add').click();
      await network.getByText('Kies beide stakeholders').waitFor();
      await network.getByTestId('influence-from').fill('Hotelgroep Strandhaver');
      await page.getByRole('option', { name: 'Hotelgroep Strandhaver' }).click();
      await network.getByTestId('influence-to').fill('Spaarbank');
      await page.getByRole('option', { name: /^Spaarbank/ }).click();
      await network.getByTestId('influence-add').click();
      await expectCount(network.getByTestId('influence-edge'), 6);
      await network.getByText('Wijzigingen nog niet bewaard').waitFor();
      await network.getByTestId('influence-save').click();
      await expect.poll(async () => (await testStore!.store.db.selectFrom('influence_edges').select('weight').execute()).length).toBe(6);
      await network.getByRole('button', { name: /^De verbinding Hotelgroep Strandhaver naar Spaarbank.* verwijderen$/ }).click();
      await network.getByTestId('influence-save').click();
      await expect.poll(async () => (await testStore!.store.db.selectFrom('influence_edges').select('weight').execute()).length).toBe(5);
      await expectCount(network.getByTestId('influence-edge'), 5);
    });
  });

  describe('as the viewer', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.viewer);
    });

    it('reads dilemmas, assessments and the influence network, with nothing to change', async () => {
      await expectCount(page.getByTestId('dilemma-row'), 4);
      await expectCount(page.getByTestId('assessment-row'), 1);
      await expectCount(page.getByTestId('dilemma-create'), 0);
      await expectCount(page.getByTestId('assessment-create'), 0);
      await expectCount(page.getByTestId('influence-edge'), 5);
      await expectCount(page.getByTestId('influence-add'), 0);
      await expectCount(page.getByTestId('influence-save'), 0);
      await expectCount(page.getByRole('button', { name: /^De verbinding .* verwijderen$/ }), 0);

      await page.getByRole('link', { name: 'Een buitenlandse order tegen een “commissie”' }).click();
      await page.getByTestId('tradeoff-table').waitFor();
      await expectCount(page.getByTestId('dilemma-decide'), 0);

      await page.goto(`${server!.url}/decisions/dilemmas/${restructuringId}`);
      await page.getByTestId('dilemma-decision').waitFor();
      await expectCount(page.getByTestId('dilemma-decide'), 0);

      await page.getByTestId('nav-decisions').click();
      await page.getByTestId('assessment-row').getByRole('link').click();
      await page.getByTestId('assessment-review').waitFor();
      await expectCount(page.getByTestId('assessment-review-form'), 0);
    });
  });
});
