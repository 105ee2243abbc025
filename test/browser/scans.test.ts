import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { availableInstruments } from '../../src/app/instruments.ts';
import { createScan, listOrganisationScans } from '../../src/app/scans.ts';
import { listOrganisationStakeholders } from '../../src/app/stakeholders.ts';
import { startServer } from '../../src/api/server.ts';
import { seriousViolations } from '../support/axe.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { textsInOtherLanguage } from '../support/untranslated.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * The trust scan pages in a real browser, against the real server with the demo organisation:
 * the editor prepares a scan, changes the draft, opens it, makes five links (shown once, as a CSV
 * and as slips to print) and closes it; the server's objection shows at its field; the editor
 * copies an instrument and adapts it while a scan keeps the version it froze; the viewer reads
 * and finds no control to change anything. Dutch, with English, at desktop and phone width.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

describe.skipIf(!HAS_CHROMIUM)('trust scan pages in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let system: AppContext;
  let organisationId = '';
  /** What people wrote, which stays as written in either language: names and titles. */
  let written = new Set<string>();
  const watched: Array<ReturnType<typeof watchForProblems>> = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    organisationId = organisation.id;
    system = actingAs(ctx, { userId: null, tokenId: null });
    const stakeholders = await listOrganisationStakeholders(ctx, organisation.id);
    const scans = await listOrganisationScans(ctx, organisation.id);
    written = new Set([organisation.name, ...stakeholders.map((s) => s.name), ...scans.map((s) => s.title), 'Leveranciers 2026', 'Leveranciers voorjaar 2026']);
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

  /** A Dutch-speaking browser signed in as `email`, on the scans page. */
  async function openAs(email: string): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watched.push(watchForProblems(page));
    await page.goto(server!.url);
    await signIn(page, email, DEMO_PASSWORD);
    await page.getByTestId('nav-scans').click();
    await page.getByTestId('scans-table').waitFor();
    return page;
  }

  const expectCount = (locator: Locator, count: number) => expect.poll(() => locator.count()).toBe(count);
  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(name), animations: 'disabled', fullPage: true });
  const dialogOf = (page: Page) => page.getByRole('dialog');
  /** The language switch, by its label: on a phone only the short name shows. */
  const chooseLanguage = async (page: Page, language: 'nl' | 'en') => {
    const group = page.getByRole('radiogroup', { name: /^(Taal|Language)$/ }).first();
    await group.locator('label', { hasText: language === 'nl' ? 'Nederlands' : 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  };

  describe('as the editor', () => {
    let page: Page;
    let scanUrl = '';
    let links: string[] = [];
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.editor);
    });

    it('lists the demo scans with whom they ask, their status and their answers', async () => {
      const scans = await listOrganisationScans(system, organisationId);
      await expectCount(page.getByTestId('scan-row'), scans.length);
      const open = page.getByTestId('scan-row').filter({ hasText: 'Klantenscan particulieren' });
      expect(await open.getByTestId('scan-status').textContent()).toBe('Open');
      await open.getByText('Particuliere klanten').waitFor();
      expect(await open.getByTestId('scan-responses').textContent()).toBe('3 van 40 links');
      const closed = page.getByTestId('scan-row').filter({ hasText: 'Medewerkersscan dit jaar' });
      expect(await closed.getByTestId('scan-status').textContent()).toBe('Gesloten');
      await closed.getByText('Medewerkers', { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await shot(page, 'scans-list-nl');
    });

    it("shows the server's objection to a minimum below 3 at that field, with the reason", async () => {
      await page.getByTestId('scan-create').click();
      const dialog = dialogOf(page);
      await dialog.getByTestId('scan-form').waitFor();
      await dialog.getByTestId('scan-form-title').fill('Leveranciers 2026');
      await dialog.getByTestId('scan-form-category').click();
      await page.getByRole('option', { name: /^Leveranciers \(3 stakeholders\)$/ }).click();
      await dialog.getByTestId('scan-form-minimum').fill('2');
      const refused = page.waitForResponse((r) => r.url().endsWith('/scans') && r.request().method() === 'POST');
      await dialog.getByTestId('scan-form-submit').click();
      expect((await refused).status()).toBe(400);
      const minimum = dialog.getByRole('textbox', { name: /^Minimum aantal antwoorden/ });
      await expect.poll(() => minimum.getAttribute('aria-invalid')).toBe('true');
      await dialog.getByText('Minstens 3: bij minder antwoorden is te raden wie ze gaf').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'scan-form-error-nl');
    });

    it('prepares the scan and lands on its page, a draft', async () => {
      const dialog = dialogOf(page);
      await dialog.getByTestId('scan-form-minimum').fill('5');
      await dialog.getByTestId('scan-form-closes').fill('2026-04-05');
      await dialog.getByTestId('scan-form-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await page.waitForURL(/\/scans\/[0-9a-f-]{36}$/);
      scanUrl = page.url();
      expect(await page.getByTestId('scan-title').textContent()).toBe('Leveranciers 2026');
      expect(await page.getByTestId('scan-status').first().textContent()).toBe('Ontwerp');
      expect(await page.getByTestId('scan-target').textContent()).toBe('Leveranciers');
      expect(await page.getByTestId('scan-dates').textContent()).toBe('15 maart 2026 – 5 april 2026');
      expect(await page.getByTestId('scan-instrument').textContent()).toBe('Standaardinstrument, versie 1');
      await page.getByTestId('scan-show-statements').click();
      await expectCount(page.getByTestId('instrument-statement'), 18);
    });

    it('changes the draft: another title, a group of two suppliers, a higher minimum', async () => {
      await page.getByTestId('scan-edit').click();
      const dialog = dialogOf(page);
      await dialog.getByTestId('scan-form').waitFor();
      expect(await dialog.getByTestId('scan-form-title').inputValue()).toBe('Leveranciers 2026');
      await dialog.getByTestId('scan-form-title').fill('Leveranciers voorjaar 2026');
      await dialog.getByText('Een eigen groep', { exact: true }).click();
      await dialog.getByTestId('scan-form-group-name').fill('Beslag en lak');
      await dialog.getByTestId('scan-form-group-members').click();
      const stakeholders = await listOrganisationStakeholders(system, organisationId);
      const suppliers = stakeholders.filter((s) => s.category === 'suppliers').map((s) => s.name).sort();
      for (const name of suppliers.slice(0, 2)) await page.getByRole('option', { name, exact: true }).click();
      await page.keyboard.press('Escape');
      await dialog.getByTestId('scan-form-minimum').fill('6');
      await dialog.getByTestId('scan-form-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('scan-title').textContent()).toBe('Leveranciers voorjaar 2026');
      expect(await page.getByTestId('scan-target').textContent()).toBe('Beslag en lak');
      expect(await page.getByTestId('scan-minimum').textContent()).toBe('Geen cijfer onder 6 antwoorden');
      written.add('Beslag en lak');
    });

    it('opens it: the draft controls give way to closing', async () => {
      await page.getByTestId('scan-open').click();
      await expect.poll(() => page.getByTestId('scan-status').first().textContent()).toBe('Open');
      await expectCount(page.getByTestId('scan-edit'), 0);
      await page.getByTestId('scan-close').waitFor();
      expect(await page.getByTestId('scan-instrument').locator('xpath=following-sibling::*[1]').textContent()).toMatch(/^Vastgelegd/);
    });

    it('makes five links and shows them once, with the same links in the CSV', async () => {
      await page.getByTestId('scan-links-count').fill('5');
      // Links for one stakeholder of the group: its answers can later be read apart.
      expect(await page.getByTestId('scan-links-segment').inputValue()).toBe('De hele groep');
      await page.getByTestId('scan-links-segment').click();
      await page.getByRole('option', { name: 'Lakfabriek Groenglans', exact: true }).click();
      await page.getByTestId('scan-links-make').click();
      const list = page.getByTestId('scan-links-list').locator('li');
      await expectCount(list, 5);
      links = await list.allTextContents();
      // The form gave way to the links: the focus is on their heading, not lost.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('scan-links-made');
      for (const link of links) expect(link).toMatch(new RegExp(`^${server!.url}/respond/[A-Za-z0-9_-]{20,}$`));
      expect(new Set(links).size).toBe(5);
      await page.getByText('Deze links ziet u alleen nu. Download of druk ze meteen af.').waitFor();
      await expect.poll(() => page.getByTestId('scan-links-issued-count').textContent()).toBe('5');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scan-links-csv').click()]);
      expect(download.suggestedFilename()).toBe('leveranciers-voorjaar-2026-lakfabriek-groenglans-links.csv');
      const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
      expect(csv.trim().split('\r\n')).toEqual(['link,segment', ...links.map((link) => `${link},Lakfabriek Groenglans`)]);
      await page.getByText('Voor: Lakfabriek Groenglans').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
      await shot(page, 'scan-links-nl');
    });

    it('prints one slip per link and nothing else of the page', async () => {
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      await page.getByTestId('scan-links-print').click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      const sheet = page.getByTestId('scan-print-sheet');
      expect(await sheet.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      try {
        await sheet.waitFor();
        expect(await page.locator('#root').isVisible()).toBe(false);
        const slips = sheet.getByTestId('scan-print-slip');
        await expectCount(slips, 5);
        expect(await slips.locator('.tl-scan-slip-url').allTextContents()).toEqual(links);
        expect(await slips.first().textContent()).toContain('vraagt uw mening: Leveranciers voorjaar 2026');
        expect(await slips.first().textContent()).toContain('Over: Lakfabriek Groenglans');
        await shot(page, 'scan-print-nl');
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    });

    it('hides the links for good once they are saved', async () => {
      await page.getByTestId('scan-links-done').click();
      await page.getByTestId('scan-links-form').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scan-links-count');
      await expectCount(page.getByTestId('scan-links-list'), 0);
      await expectCount(page.getByTestId('scan-print-sheet'), 0);
      await page.reload();
      await page.getByTestId('scan-links-form').waitFor();
      expect(await page.getByTestId('scan-links-issued-count').textContent()).toBe('5');
    });

    it('closes it after saying what closing means', async () => {
      await page.getByTestId('scan-close').click();
      const confirm = page.getByTestId('scan-close-confirm');
      await confirm.waitFor();
      await confirm.getByText(/Elke link stopt met werken/).waitFor();
      await confirm.getByText('Een gesloten scan kan niet opnieuw open.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await confirm.getByTestId('scan-close-submit').click();
      await expect.poll(() => page.getByTestId('scan-status').first().textContent()).toBe('Gesloten');
      await expectCount(page.getByTestId('scan-actions'), 0);
      await expectCount(page.getByTestId('scan-invitations'), 0);
      expect(page.url()).toBe(scanUrl);
    });

    it('copies a standard instrument, rewords it, and adapts it again; a scan keeps the version it froze', async () => {
      await page.getByTestId('nav-scans').click();
      await page.getByTestId('scans-to-instruments').click();
      await expectCount(page.getByTestId('instrument-card'), 3);
      await page.getByTestId('instruments-own-none').waitFor();
      const received = page.locator('[data-instrument-id="standard-received"]');
      await received.getByTestId('instrument-show').click();
      await expectCount(received.getByTestId('instrument-statement'), 18);
      await received.getByTestId('instrument-copy').click();
      const editor = dialogOf(page).getByTestId('instrument-editor');
      await editor.waitFor();
      await expectCount(editor.getByTestId('instrument-editor-statement'), 18);
      await editor.getByTestId('instrument-editor-name').fill('Leveranciers');
      await editor.getByTestId('instrument-editor-received.result.2-nl').fill('');
      await editor.getByTestId('instrument-editor-submit').click();
      await editor.getByText('Er zijn lege velden: elke stelling heeft woorden nodig in beide talen.').waitFor();
      await editor.getByTestId('instrument-editor-received.result.2-nl').fill('Ze betalen op tijd.');
      await editor.getByTestId('instrument-editor-received.result.2-en').fill('They pay on time.');
      expect(await seriousViolations(page)).toEqual([]);
      await editor.getByTestId('instrument-editor-submit').click();
      await editor.waitFor({ state: 'detached' });
      const own = page.getByTestId('instruments-own').getByTestId('instrument-card');
      await expectCount(own, 1);
      expect(await own.getByTestId('instrument-name').textContent()).toBe('Leveranciers');
      expect(await own.getByTestId('instrument-version').textContent()).toBe('Versie 1 · 18 stellingen');

      // A draft prepared with version 1 froze it.
      const copy = (await availableInstruments(system, organisationId)).find((i) => i.name === 'Leveranciers')!;
      const frozen = await createScan(system, organisationId, {
        title: 'Eigen vragen',
        kind: 'received',
        instrumentId: copy.id,
        target: { type: 'category', value: 'suppliers' },
      });
      written.add('Eigen vragen');

      await own.getByTestId('instrument-revise').click();
      await editor.waitFor();
      await editor.getByText('Bewaren maakt versie 2. Scans die met een eerdere versie voorbereid zijn, houden die.').waitFor();
      await editor.getByTestId('instrument-editor-received.result.2-nl').fill('Ze betalen binnen 30 dagen.');
      await editor.getByTestId('instrument-editor-received.result.2-en').fill('They pay within 30 days.');
      await editor.getByTestId('instrument-editor-open-en').fill('What should we do better?');
      await editor.getByTestId('instrument-editor-submit').click();
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => own.getByTestId('instrument-version').textContent()).toBe('Versie 2 · 18 stellingen');
      await own.getByTestId('instrument-show').click();
      await own.getByText('Ze betalen binnen 30 dagen.').waitFor();
      await shot(page, 'instruments-nl');

      await page.goto(`${server!.url}/scans/${frozen.id}`);
      expect(await page.getByTestId('scan-instrument').textContent()).toBe('Leveranciers, versie 1');
      await page.getByTestId('scan-show-statements').click();
      await page.getByText('Ze betalen op tijd.').waitFor();
      await expectCount(page.getByText('Ze betalen binnen 30 dagen.'), 0);
    });

    it('speaks English on every scan page', async () => {
      await chooseLanguage(page, 'en');
      await page.getByTestId('scan-instrument').getByText('Leveranciers, version 1').waitFor();
      await expect.poll(() => textsInOtherLanguage(page, 'en', written)).toEqual([]);
      await page.getByTestId('scan-back').click();
      await page.getByTestId('scans-table').waitFor();
      await expect.poll(() => textsInOtherLanguage(page, 'en', written)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, 'scans-list-en');
      await chooseLanguage(page, 'nl');
      await page.getByRole('heading', { name: 'Vertrouwensscans' }).waitFor();
    });
  });

  describe('as the viewer', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.viewer);
    });

    it('reads the scans and finds nothing to change', async () => {
      await expectCount(page.getByTestId('scan-create'), 0);
      await page.getByTestId('scan-row').filter({ hasText: 'Klantenscan particulieren' }).getByRole('link').click();
      await page.getByTestId('scan-facts').waitFor();
      expect(await page.getByTestId('scan-status').first().textContent()).toBe('Open');
      await expectCount(page.getByTestId('scan-actions'), 0);
      await expectCount(page.getByTestId('scan-invitations'), 0);
      await expectCount(page.getByRole('button', { name: /sluiten|links maken/i }), 0);
      await page.getByTestId('scan-back').click();
      await page.getByTestId('scans-to-instruments').click();
      await expectCount(page.getByTestId('instrument-card'), 4);
      await expectCount(page.getByTestId('instrument-copy'), 0);
      await expectCount(page.getByTestId('instrument-revise'), 0);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('says so when a scan does not exist', async () => {
      await page.goto(`${server!.url}/scans/0190aaaa-0000-7000-8000-000000000000`);
      await page.getByTestId('scan-not-found').getByText('Deze scan is niet gevonden').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('explains what a trust scan is when there is none yet', async () => {
      await page.route('**/api/v1/organisations/*/scans?*', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ items: [], nextCursor: null }) }),
      );
      try {
        await page.goto(`${server!.url}/scans`);
        const empty = page.getByTestId('scans-none');
        await empty.waitFor();
        await empty.getByText(/^Een vertrouwensscan is een korte anonieme bevraging/).waitFor();
        await empty.getByText('Bewerkers en eigenaars bereiden scans voor; ze verschijnen hier zodra er een bestaat.').waitFor();
        await expectCount(page.getByTestId('scan-create-first'), 0);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await textsInOtherLanguage(page, 'nl', written)).toEqual([]);
        await shot(page, 'scans-empty-nl');
      } finally {
        await page.unroute('**/api/v1/organisations/*/scans?*');
      }
    });
  });

  describe('at phone and desktop width, in both languages', () => {
    let page: Page;
    beforeAll(async () => {
      page = await openAs(DEMO_USERS.owner);
    });

    const closeDialog = async (p: Page) => {
      await p.keyboard.press('Escape');
      await p.getByRole('dialog').waitFor({ state: 'detached' });
    };
    const views: { name: string; open: (p: Page) => Promise<void>; close?: (p: Page) => Promise<void> }[] = [
      { name: 'scans-list', open: async (p: Page) => {
        await p.getByTestId('nav-scans').click();
        await p.getByRole('link', { name: 'Klantenscan particulieren' }).waitFor();
      } },
      { name: 'scan-open', open: async (p: Page) => {
        await p.getByTestId('nav-scans').click();
        await p.getByRole('link', { name: 'Klantenscan particulieren' }).click();
        await p.getByTestId('scan-links-form').waitFor();
      } },
      { name: 'instruments', open: async (p: Page) => {
        await p.getByTestId('nav-scans').click();
        await p.getByTestId('scans-to-instruments').click();
        await p.getByTestId('instrument-card').first().waitFor();
      } },
      { name: 'instrument-editor', open: async (p: Page) => {
        await p.getByTestId('instrument-copy').first().click();
        await p.getByRole('dialog').getByTestId('instrument-editor').waitFor();
      }, close: closeDialog },
      { name: 'scan-form', open: async (p: Page) => {
        await p.getByTestId('nav-scans').click();
        await p.getByTestId('scan-create').click();
        await p.getByRole('dialog').getByTestId('scan-form').waitFor();
      }, close: closeDialog },
    ];

    for (const width of [390, 1280]) {
      for (const language of ['nl', 'en'] as const) {
        it(`fits ${width} px wide in ${language === 'nl' ? 'Dutch' : 'English'}`, async () => {
          await page.setViewportSize({ width, height: 900 });
          await chooseLanguage(page, language);
          for (const view of views) {
            await view.open(page);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${view.name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
            // The visible part only: a full-page picture of every view in every setting weighs on a busy machine.
            await page.screenshot({ path: screenshotPath(`${view.name}-${width}-${language}`), animations: 'disabled' });
            await view.close?.(page);
          }
        });
      }
    }
  });
});
