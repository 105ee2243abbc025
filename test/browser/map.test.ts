import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { readRelations, type RelationView } from '../../src/app/read-accounts.ts';
import { addRelation } from '../../src/app/relations.ts';
import { addStakeholder } from '../../src/app/stakeholders.ts';
import { startServer } from '../../src/api/server.ts';
import { BAND_LOOK, CENTRE_COLOR } from '../../src/web/components/StakeholderMapStyle.ts';
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
 * The stakeholder map in a real browser, against the real server with the demo organisation and
 * one stakeholder named with markup, as the demo viewer: every stakeholder is a node and a table
 * row, a node tells its figures on hover and opens its relation on a click, the colours follow
 * the chosen direction, and the page speaks Dutch and English, on a phone too.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);
const EVIL = '<img src=x onerror="window.__xss=1">Evil';

type Band = keyof typeof BAND_LOOK;
const BANDS = Object.keys(BAND_LOOK) as Band[];

/** Colours as the browser reports them (`rgb(…)`) or as written (`#rrggbb`), made comparable. */
function normalise(colour: string | null): string {
  const value = (colour ?? '').trim().toLowerCase();
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(value);
  if (!rgb) return value;
  return `#${rgb
    .slice(1, 4)
    .map((part) => Number(part).toString(16).padStart(2, '0'))
    .join('')}`;
}

function bandCounts(relations: readonly RelationView[], direction: 'received' | 'given'): Record<Band, number> {
  const counts = Object.fromEntries(BANDS.map((band) => [band, 0])) as Record<Band, number>;
  for (const relation of relations) counts[relation.accounts[direction].reading.band] += 1;
  return counts;
}

describe.skipIf(!HAS_CHROMIUM)('stakeholder map in the browser', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let relations: RelationView[] = [];
  let watched: { problems: string[]; cspViolations: string[] };
  const dialogs: string[] = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    const evil = await addStakeholder(ctx, organisation.id, { name: EVIL, category: 'customers', level: 'relational', importance: 5 });
    await addRelation(ctx, organisation.id, { stakeholderId: evil.id, startedOn: '2026-01-05' });
    relations = (await readRelations(ctx, organisation.id)).relations;
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    watched = watchForProblems(page);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(server.url);
    await signIn(page, DEMO_USERS.viewer, DEMO_PASSWORD);
    await page.getByRole('navigation', { name: "Pagina's van de organisatie" }).getByRole('link', { name: 'Stakeholderkaart' }).click();
    await page.getByRole('heading', { name: 'Stakeholderkaart', level: 2 }).waitFor();
    await table().locator('tbody tr').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  const table = () => page.getByTestId('map-table');
  const chart = () => page.getByTestId('stakeholder-map');
  const tooltip = () => page.locator('.tl-map-tooltip');

  /** The nodes' symbols in the chart's SVG: the paths filled with a band's colour (rings are unfilled, the centre is teal). */
  async function nodeFills(): Promise<string[]> {
    const fills = await chart()
      .locator('svg path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill') ?? ''));
    const bandFills = new Set(BANDS.map((band) => normalise(BAND_LOOK[band].fill)));
    return fills.map(normalise).filter((fill) => bandFills.has(fill));
  }

  async function countsByFill(): Promise<Record<Band, number>> {
    const fills = await nodeFills();
    return Object.fromEntries(BANDS.map((band) => [band, fills.filter((fill) => fill === normalise(BAND_LOOK[band].fill)).length])) as Record<Band, number>;
  }

  /**
   * Hovers the node of the stakeholder named `name` and leaves the pointer on it. Nothing of the
   * chart is made reachable for tests: the nodes are found as the SVG paths filled with a band's
   * colour, the pointer goes to the middle of each in turn, and the tooltip says whose node it is.
   * The pointer's position is then a real place on screen a person could click.
   */
  async function hoverNode(name: string): Promise<{ x: number; y: number }> {
    const bandFills = new Set(BANDS.map((band) => normalise(BAND_LOOK[band].fill)));
    // Every node's place first: a hovered node is raised and so moves within the SVG's order.
    const points = await chart()
      .locator('svg path')
      .evaluateAll((paths) =>
        paths.map((path) => {
          const box = path.getBoundingClientRect();
          return { fill: path.getAttribute('fill'), x: box.x + box.width / 2, y: box.y + box.height * 0.6 };
        }),
      );
    for (const point of points.filter((p) => bandFills.has(normalise(p.fill)))) {
      // Away from the chart first, so that the tooltip read below is this node's, not the last one's.
      await page.mouse.move(1, 1);
      await expect.poll(() => tooltip().isVisible()).toBe(false);
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => tooltip().isVisible()).toBe(true);
      if (((await tooltip().textContent()) ?? '').startsWith(name)) return point;
    }
    throw new Error(`no node shows ${name} in its tooltip`);
  }

  it('draws every stakeholder as a node and a table row, coloured by the trust received', async () => {
    expect(relations.length).toBeGreaterThan(10);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toMatch(/^Stakeholderkaart · /);
    await expect.poll(() => table().locator('tbody tr').count()).toBe(relations.length);
    const rowNames = await table().locator('tbody tr th').allTextContents();
    expect([...rowNames].sort()).toEqual(relations.map((r) => r.stakeholder.name).sort());

    await expect.poll(() => nodeFills().then((fills) => fills.length)).toBe(relations.length);
    expect(await countsByFill()).toEqual(bandCounts(relations, 'received'));
    // The organisation sits in the centre, in its own colour.
    const fills = await chart()
      .locator('svg path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill') ?? ''));
    expect(fills.some((fill) => normalise(fill) === normalise(CENTRE_COLOR))).toBe(true);
    // Each ring is named on the map.
    for (const level of ['Relationeel', 'Organisatie', 'Markt', 'Maatschappelijk']) {
      expect(await chart().locator('svg text').filter({ hasText: level }).count()).toBeGreaterThan(0);
    }
    const bands = await table().locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-band')));
    expect(bands.filter((band) => band === 'uncertain').length).toBe(bandCounts(relations, 'received').uncertain);
    await page.getByRole('heading', { name: 'Zo leest u de kaart' }).waitFor();
    await page.getByText('Onzeker: hol met een gestippelde rand', { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath('map-nl'), animations: 'disabled', fullPage: true });
    await chart().screenshot({ path: screenshotPath('map-chart-nl'), animations: 'disabled' });
  });

  it('colours by the trust given when asked', async () => {
    const given = bandCounts(relations, 'given');
    expect(given).not.toEqual(bandCounts(relations, 'received')); // else the switch would prove nothing
    await page.getByRole('radiogroup', { name: 'Kleur volgens' }).getByText('Gegeven vertrouwen').click();
    await expect.poll(() => countsByFill()).toEqual(given);
    const bands = await table().locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-band')));
    const expected = Object.fromEntries(relations.map((r) => [r.stakeholder.name, r.accounts.given.reading.band]));
    const names = await table().locator('tbody tr th').allTextContents();
    expect(names.map((name) => expected[name])).toEqual(bands);
    await page.getByRole('radiogroup', { name: 'Kleur volgens' }).getByText('Ontvangen vertrouwen').click();
    await expect.poll(() => countsByFill()).toEqual(bandCounts(relations, 'received'));
  });

  it('tells a node’s figures on hover, with a name written as markup shown as text', async () => {
    const named = relations.find((r) => r.stakeholder.name === 'Hotelgroep Strandhaver')!;
    await hoverNode(named.stakeholder.name);
    const text = (await tooltip().textContent()) ?? '';
    const trust = String(Math.round(named.accounts.received.reading.trustLevel));
    expect(text).toContain(`Vertrouwensniveau${trust} (`);
    expect(text).toMatch(/Saldo[+−-]?\d+,\d/);
    expect(text).toMatch(/Fase(Calculatieve|Cognitieve|Waardevolle) fase/);

    await hoverNode(EVIL);
    expect(await tooltip().textContent()).toContain(EVIL);
    expect(await tooltip().locator('img').count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  it('zooms in, out and back with the buttons', async () => {
    const centre = chart().locator(`svg path[fill="${CENTRE_COLOR}"]`).first();
    const width = async () => (await centre.boundingBox())?.width ?? 0;
    const before = await width();
    expect(before).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(width).toBeGreaterThan(before * 1.1);
    // Another colouring keeps the zoom.
    const zoomed = await width();
    await page.getByRole('radiogroup', { name: 'Kleur volgens' }).getByText('Gegeven vertrouwen').click();
    await expect.poll(() => countsByFill()).toEqual(bandCounts(relations, 'given'));
    expect(await width()).toBeCloseTo(zoomed, 0);
    await page.getByRole('radiogroup', { name: 'Kleur volgens' }).getByText('Ontvangen vertrouwen').click();
    await expect.poll(() => countsByFill()).toEqual(bandCounts(relations, 'received'));
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await page.getByRole('button', { name: 'Uitzoomen' }).click();
    await expect.poll(width).toBeLessThan(before * 0.95);
    await page.getByRole('button', { name: 'Beeld herstellen' }).click();
    await expect.poll(width).toBeCloseTo(before, 0);
  });

  it('opens the relation of the node clicked', async () => {
    const named = relations.find((r) => r.stakeholder.name === 'Hotelgroep Strandhaver')!;
    const point = await hoverNode(named.stakeholder.name);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(`**/relations/${named.id}`);
    await page.getByRole('heading', { name: named.stakeholder.name, level: 2 }).waitFor();
    await page.goBack();
    await table().locator('tbody tr').first().waitFor();
  });

  it('speaks English', async () => {
    await page.getByRole('radiogroup', { name: 'Taal' }).getByText('English').click();
    await page.getByRole('heading', { name: 'Stakeholder map', level: 2 }).waitFor();
    expect(await page.title()).toMatch(/^Stakeholder map · /);
    await table().getByRole('columnheader', { name: 'Balance' }).waitFor();
    for (const level of ['Relational', 'Organisational', 'Market', 'Societal']) {
      await expect.poll(() => chart().locator('svg text').filter({ hasText: level }).count()).toBeGreaterThan(0);
    }
    await page.getByRole('radiogroup', { name: 'Colour by' }).getByText('Trust we give').waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).waitFor();
    const named = relations.find((r) => r.stakeholder.name === 'Hotelgroep Strandhaver')!;
    await hoverNode(named.stakeholder.name);
    const text = (await tooltip().textContent()) ?? '';
    expect(text).toMatch(/Trust level\d+ \((trust|distrust|neutral|uncertain)\)/);
    expect(text).toMatch(/Balance[+−-]?\d+\.\d/);
    expect(text).toMatch(/Phase(Calculative|Cognitive|Value-based) phase/);
    await page.mouse.move(2, 2);
    await page.screenshot({ path: screenshotPath('map-en'), animations: 'disabled', fullPage: true });
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('Nederlands').click();
    await page.getByRole('heading', { name: 'Stakeholderkaart', level: 2 }).waitFor();
  });

  it('fits a phone: the map within the screen, the table scrolling in its frame', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => chart().evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const frame = await table().evaluate((el) => {
      const scroller = el.parentElement!;
      return { scroll: scroller.scrollWidth, client: scroller.clientWidth };
    });
    expect(frame.scroll).toBeGreaterThan(frame.client);
    await expect.poll(() => nodeFills().then((fills) => fills.length)).toBe(relations.length);
    await page.screenshot({ path: screenshotPath('map-narrow'), animations: 'disabled', fullPage: true });
    await page.getByRole('radiogroup', { name: 'Kleur volgens' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('map-narrow-chart'), animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has no errors and no policy violations', async () => {
    expect(watched.cspViolations).toEqual([]);
    expect(await pageCspViolations(page)).toEqual([]);
    expect(watched.problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
