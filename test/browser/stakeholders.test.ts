import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { readRelations } from '../../src/app/read-accounts.ts';
import { listOrganisationStakeholders } from '../../src/app/stakeholders.ts';
import { startServer } from '../../src/api/server.ts';
import { seriousViolations } from '../support/axe.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { textsInOtherLanguage } from '../support/untranslated.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The stakeholders page in a real browser, against the real server with the demo organisation:
 * the viewer searches, filters and sorts the list and the grid follows; the editor adds a
 * stakeholder, changes it, archives it and brings it back. Dutch and English.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

interface Known {
  readonly name: string;
  readonly level: string;
  readonly tags: readonly string[];
  readonly trustReceived: number | null;
}

describe.skipIf(!HAS_CHROMIUM)('stakeholders page in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let known: Known[] = [];
  /** What people wrote, which stays as written in either language: names and tags. */
  let written = new Set<string>();
  const watched: Array<ReturnType<typeof watchForProblems>> = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    const relations = (await readRelations(ctx, organisation.id)).relations;
    known = (await listOrganisationStakeholders(ctx, organisation.id)).map((stakeholder) => ({
      name: stakeholder.name,
      level: stakeholder.level,
      tags: stakeholder.tags,
      trustReceived: relations.find((r) => r.stakeholderId === stakeholder.id)?.accounts.received.reading.trustLevel ?? null,
    }));
    written = new Set(known.flatMap((k) => [k.name, ...k.tags]));
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

  /** A Dutch-speaking browser signed in as `email`, on the stakeholders page. */
  async function openAs(email: string): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watched.push(watchForProblems(page));
    await page.goto(server!.url);
    await signIn(page, email, DEMO_PASSWORD);
    await page.getByTestId('nav-stakeholders').click();
    await table(page).waitFor();
    return page;
  }

  const expectCount = (locator: Locator, count: number) => expect.poll(() => locator.count(), { timeout: 5_000 }).toBe(count);
  const table = (page: Page) => page.getByRole('table', { name: /^Stakeholders (van de organisatie|of the organisation)$/ });
  const rowNames = (page: Page) => table(page).locator('tbody tr th').evaluateAll((cells) => cells.map((cell) => cell.querySelector('a')?.textContent ?? cell.firstChild?.textContent ?? ''));
  const gridEntries = (page: Page) => page.getByTestId('grid-alternative').locator('li');
  const rowOf = (page: Page, name: string) =>
    table(page).locator('tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) });
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const byName = (a: string, b: string) => collator.compare(a, b);

  describe('as the viewer', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.viewer);
    });

    it('lists every stakeholder, with one point each in the grid, in Dutch', async () => {
      expect(known.length).toBeGreaterThan(10);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expectCount(table(page).locator('tbody tr'), known.length);
      expect(await rowNames(page)).toEqual(known.map((k) => k.name).sort(byName));
      await expectCount(gridEntries(page), known.length);
      expect(await page.getByTestId('stakeholder-grid').getAttribute('aria-label')).toContain(String(known.length));
      await page.getByRole('heading', { name: 'Macht en interesse' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await page.screenshot({ path: screenshotPath('stakeholders-nl'), animations: 'disabled', fullPage: true });
    });

    it('offers no controls to add, change or archive', async () => {
      await expectCount(page.getByRole('button', { name: 'Stakeholder toevoegen' }), 0);
      await expectCount(page.getByRole('button', { name: /bewerken$/ }), 0);
      await expectCount(page.getByRole('button', { name: /archiveren$/ }), 0);
      await expectCount(table(page).getByRole('columnheader', { name: 'Acties' }), 0);
    });

    it('searches names and tags; the grid follows', async () => {
      const needle = known[0]!.name.split(' ')[0]!.toLowerCase();
      const expected = known.filter((k) => [k.name, ...k.tags].some((text) => text.toLowerCase().includes(needle))).map((k) => k.name);
      expect(expected.length).toBeGreaterThan(0);
      await page.getByRole('searchbox', { name: 'Stakeholders zoeken' }).fill(needle);
      await expectCount(table(page).locator('tbody tr'), expected.length);
      expect(await rowNames(page)).toEqual(expected.sort(byName));
      await expectCount(gridEntries(page), expected.length);

      await page.getByRole('searchbox', { name: 'Stakeholders zoeken' }).fill('zzz-nobody');
      await page.getByTestId('stakeholders-no-match').waitFor();
      await page.getByTestId('stakeholders-no-match').getByRole('button', { name: 'Filters wissen' }).click();
      await expectCount(table(page).locator('tbody tr'), known.length);
    });

    it('filters on a level', async () => {
      const level = known.find((k) => k.level !== known[0]!.level)!.level;
      const expected = known.filter((k) => k.level === level).map((k) => k.name);
      const levelWord = { relational: 'Relationeel', organisational: 'Organisatie', market: 'Markt', societal: 'Maatschappelijk' }[level]!;
      await page.getByTestId('filter-level').click();
      await page.getByRole('option', { name: levelWord }).click();
      await page.keyboard.press('Escape');
      await expectCount(table(page).locator('tbody tr'), expected.length);
      expect(await rowNames(page)).toEqual(expected.sort(byName));
      await expectCount(gridEntries(page), expected.length);
      await page.getByRole('button', { name: 'Filters wissen' }).click();
      await expectCount(table(page).locator('tbody tr'), known.length);
    });

    it('sorts on the trust we receive, highest first, those without figures last', async () => {
      await page.getByRole('combobox', { name: 'Sorteren op' }).click();
      await page.getByRole('option', { name: 'Ontvangen vertrouwen', exact: true }).click();
      const byTrust = (descending: boolean) =>
        [...known]
          .sort((a, b) => {
            if (a.trustReceived === null || b.trustReceived === null) {
              return a.trustReceived === b.trustReceived ? byName(a.name, b.name) : a.trustReceived === null ? 1 : -1;
            }
            return (descending ? b.trustReceived - a.trustReceived : a.trustReceived - b.trustReceived) || byName(a.name, b.name);
          })
          .map((k) => k.name);
      await expect.poll(() => rowNames(page), { timeout: 5_000 }).toEqual(byTrust(true));
      await page.getByTestId('sort-order').click();
      await expect.poll(() => rowNames(page), { timeout: 5_000 }).toEqual(byTrust(false));
      await page.getByRole('combobox', { name: 'Sorteren op' }).click();
      await page.getByRole('option', { name: 'Naam', exact: true }).click();
      await expect.poll(() => rowNames(page), { timeout: 5_000 }).toEqual(known.map((k) => k.name).sort(byName));
    });

    it('speaks English', async () => {
      await page.getByRole('radiogroup', { name: 'Taal' }).getByText('English').click();
      await page.getByRole('heading', { name: 'Power and interest' }).waitFor();
      await table(page).getByRole('columnheader', { name: 'Trust we receive' }).waitFor();
      await page.getByText('Keep informed').first().waitFor();
      await page.getByTestId('grid-alternative').locator('summary').click();
      await expect.poll(() => textsInOtherLanguage(page, 'en', written)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('stakeholders-en'), animations: 'disabled', fullPage: true });
      await page.getByRole('radiogroup', { name: 'Language' }).getByText('Nederlands').click();
      await page.getByRole('heading', { name: 'Macht en interesse' }).waitFor();
    });

    it('stays readable on a narrow screen', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await table(page).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // The filters fold away behind one button on a phone, and open from it.
      await expectCount(page.getByRole('combobox', { name: 'Sorteren op' }), 1);
      expect(await page.getByTestId('filter-level').isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Filters', expanded: false }).click();
      await page.getByTestId('filter-level').waitFor();
      await page.getByRole('button', { name: 'Filters', expanded: true }).click();
      await page.getByTestId('filter-level').waitFor({ state: 'hidden' });
      await page.screenshot({ path: screenshotPath('stakeholders-narrow'), animations: 'disabled', fullPage: true });
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  });

  describe('as the editor', () => {
    let page: Page;
    const name = 'Imkerij De Zoemende <b>Bij</b>';
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.editor);
    });

    /**
     * The option Enter would pick in the list of the focused combobox — only that list: a list
     * just closed may still carry its highlight for a moment on a busy machine.
     */
    const highlightedOption = async () => {
      const listId = () => page.evaluate(() => document.activeElement?.getAttribute('aria-controls') ?? '');
      await expect.poll(listId).not.toBe('');
      return page.locator(`[id="${await listId()}"] [data-combobox-selected]`);
    };

    it('adds a stakeholder with the keyboard; it appears in the list and on the overview', async () => {
      await page.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Stakeholder toevoegen' });
      await dialog.waitFor();
      await expect.poll(() => dialog.getByLabel('Naam').evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type('Leveranc');
      await (await highlightedOption()).filter({ hasText: 'Leveranciers' }).waitFor();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.getByRole('combobox', { name: /^Categorie/ }).inputValue()).toBe('Leveranciers');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      await (await highlightedOption()).waitFor();
      await page.keyboard.press('Enter');
      // Importance: move along the scale with the arrow keys.
      await dialog.getByRole('radiogroup', { name: 'Belang' }).getByRole('radio', { checked: true }).focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => dialog.getByRole('radiogroup', { name: 'Belang' }).getByRole('radio', { checked: true }).getAttribute('value')).toBe('4');
      await dialog.getByLabel('Labels', { exact: true }).focus();
      await page.keyboard.type('honing');
      await page.keyboard.press('Enter');
      await dialog.getByText('4 – hoog').waitFor();
      await dialog.getByLabel('Onderhoudsritme in dagen').focus(); // closes the tags' list for the picture
      await dialog.getByRole('listbox').waitFor({ state: 'detached' });
      await page.screenshot({ path: screenshotPath('stakeholder-form'), animations: 'disabled' });
      expect(await seriousViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', new Set([...written, name, 'honing']))).toEqual([]);
      await dialog.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
      await dialog.waitFor({ state: 'detached' });

      await rowOf(page, name).waitFor();
      await expectCount(table(page).locator('tbody tr'), known.length + 1);
      expect(await rowOf(page, name).getByTestId('importance-cell').textContent()).toBe('4');
      expect(await rowOf(page, name).getByRole('list', { name: 'Labels' }).getByRole('listitem').allTextContents()).toEqual(['honing']);
      await expectCount(gridEntries(page), known.length + 1);

      await page.getByTestId('nav-overview').click();
      await page.getByRole('table', { name: 'Stakeholders en hun vertrouwensrekeningen' }).getByRole('rowheader', { name }).waitFor();
      await page.getByTestId('nav-stakeholders').click();
      await rowOf(page, name).waitFor();
    });

    it("shows the server's objections at the fields they concern", async () => {
      const objection = 'Deze naam is al in gebruik';
      await page.route('**/api/v1/organisations/*/stakeholders', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: 400,
              contentType: 'application/problem+json',
              body: JSON.stringify({ type: 'validation', title: 'The request is not valid', status: 400, errors: [{ field: 'name', message: objection }] }),
            })
          : route.fallback(),
      );
      await page.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Stakeholder toevoegen' });
      await dialog.getByLabel('Naam').fill('Nog een imkerij');
      await dialog.getByRole('combobox', { name: 'Categorie' }).click();
      await page.getByRole('option', { name: 'Klanten' }).click();
      await dialog.getByRole('combobox', { name: 'Niveau' }).click();
      await page.getByRole('option', { name: 'Markt' }).click();
      await dialog.getByRole('button', { name: 'Stakeholder toevoegen' }).click();
      await dialog.getByText(objection).waitFor();
      expect(await dialog.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true');
      await page.unroute('**/api/v1/organisations/*/stakeholders');
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectCount(rowOf(page, 'Nog een imkerij'), 0);
    });

    it('opens the relation from the list of quadrants', async () => {
      await page.getByTestId('grid-alternative').locator('summary').click();
      await page.getByTestId('grid-alternative').getByRole('link', { name }).click();
      await page.getByTestId('relation-name').getByText(name).waitFor();
      await page.getByTestId('nav-stakeholders').click();
      await rowOf(page, name).waitFor();
    });

    it('names the point in the grid as text, never as markup, and opens the relation from it', async () => {
      const search = page.getByRole('searchbox', { name: 'Stakeholders zoeken' });
      await search.fill('Zoemende');
      await expectCount(gridEntries(page), 1);
      // The only point sits on its ratings (interest 3, influence 3): the middle of the plot area,
      // which spans 0.5–5.5 on both axes inside the chart's margins (left 40, right 12, top 26, bottom 40).
      const box = (await page.getByTestId('stakeholder-grid').boundingBox())!;
      const point = { x: box.x + 40 + (box.width - 52) / 2, y: box.y + 26 + (box.height - 66) / 2 };
      await page.mouse.move(point.x, point.y);
      const tooltip = page.getByTestId('stakeholder-grid').locator('div', { hasText: 'Zoemende' }).last();
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toContain(name);
      expect(await tooltip.locator('b').count()).toBe(0);

      // A click on the point opens the relation.
      await page.mouse.click(point.x, point.y);
      await page.getByTestId('relation-name').getByText(name).waitFor();
      await page.getByTestId('nav-stakeholders').click();
      await table(page).waitFor();
      await expectCount(table(page).locator('tbody tr'), known.length + 1);
    });

    it('changes its importance', async () => {
      await rowOf(page, name).getByRole('button', { name: `${name} bewerken` }).click();
      const dialog = page.getByRole('dialog', { name: 'Stakeholder bewerken' });
      await expect.poll(() => dialog.getByLabel('Naam').inputValue()).toBe(name);
      await dialog.getByRole('radiogroup', { name: 'Belang' }).getByText('2', { exact: true }).click();
      await dialog.getByText('2 – laag').waitFor();
      await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => rowOf(page, name).getByTestId('importance-cell').textContent()).toBe('2');
    });

    it('archives it after asking, shows it again among the archived, and undoes the archiving', async () => {
      await rowOf(page, name).getByRole('button', { name: `${name} archiveren` }).click();
      const dialog = page.getByRole('dialog', { name: 'Stakeholder archiveren' });
      await dialog.getByText('blijft bewaard').waitFor();
      await dialog.getByRole('button', { name: 'Archiveren' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectCount(rowOf(page, name), 0);
      await expectCount(table(page).locator('tbody tr'), known.length);

      await page.getByRole('switch', { name: 'Gearchiveerde tonen' }).check();
      await rowOf(page, name).getByTestId('archived-badge').waitFor();
      await expectCount(table(page).locator('tbody tr'), known.length + 1);

      await page.getByTestId('undo-notice').getByRole('button', { name: 'Ongedaan maken' }).click();
      await expectCount(rowOf(page, name).getByTestId('archived-badge'), 0);
      await page.getByRole('switch', { name: 'Gearchiveerde tonen' }).uncheck();
      await rowOf(page, name).waitFor();
    });

    it('restores an archived stakeholder from the list', async () => {
      await rowOf(page, name).getByRole('button', { name: `${name} archiveren` }).click();
      const dialog = page.getByRole('dialog', { name: 'Stakeholder archiveren' });
      await dialog.getByRole('button', { name: 'Archiveren' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectCount(rowOf(page, name), 0);
      await page.getByRole('switch', { name: 'Gearchiveerde tonen' }).check();
      await rowOf(page, name).getByRole('button', { name: `${name} terugzetten` }).click();
      await expectCount(rowOf(page, name).getByTestId('archived-badge'), 0);
      await page.getByTestId('nav-overview').click();
      await page.getByRole('table', { name: 'Stakeholders en hun vertrouwensrekeningen' }).getByRole('rowheader', { name }).waitFor();
    });
  });
});
