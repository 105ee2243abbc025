import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { createUser } from '../../src/app/setup.ts';
import { createApi } from '../../src/api/create-api.ts';
import type { IssuedInvitations, Scan } from '../../src/api/scan-schemas.ts';
import type { Entry, Organisation, Page as ListPage } from '../../src/api/schemas.ts';
import { startServer } from '../../src/api/server.ts';
import { standardInstrument } from '../../src/domain/survey-instrument.ts';
import { ApiClient } from '../support/api-client.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { requireBuiltPage, screenshotPath, signIn, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * A trust scan from both sides, in a real browser against the real server: five respondents
 * answer on a phone (one by keyboard alone, one in English) through links made by the API, spent,
 * unknown and not-yet-open links say so; then the editor reads the results — the hand-computed
 * figures, nothing at all for a scan of four, a part of the group refused where subtraction would
 * expose it — and books the result in the ledger and takes the booking back.
 *
 * Answers: four respondents answer every statement 5, 4, 4 and 2; the keyboard respondent answers
 * 3, but 1 on honesty's two statements. Honesty then holds 5, 5, 4, 4, 4, 4, 2, 2, 1, 1: mean 3.2,
 * spread [2, 2, 0, 4, 2], 60 % favourable; every other foundation 5, 5, 4, 4, 4, 4, 2, 2, 3, 3:
 * mean 3.6, spread [0, 2, 2, 4, 2], 60 %. Intentional (honesty and two others) (3.2 + 2 · 3.6)/3 ≈ 3.47;
 * all statements (3.2 + 8 · 3.6)/9 ≈ 3.56. Evidence r = 8 · 6.5 + 5.5 = 57.5, s = 8 · 3.5 + 4.5 = 32.5,
 * so measured T = 100 · (57.5 + 0.5 · 2)/(57.5 + 32.5 + 2) ≈ 63.6; observed, without entries, 50.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const EMAIL = 'an@drukkerij.test';
const PASSWORD = 'a long enough password';
const STATEMENTS = standardInstrument('received').statements;
const PHONE = { width: 390, height: 844 };
const SECRET_COMMENT = 'Alleen ik weet dat de drukpers stuk was';

type CreatedStakeholder = { id: string; relation: { id: string; accounts: { received: string; given: string } } };

/** What a respondent answers on each statement. */
const everything = (value: number) => () => value;
const keyboardAnswers = (statement: (typeof STATEMENTS)[number]) => (statement.foundation === 'honesty' ? 1 : 3);

describe.skipIf(!HAS_CHROMIUM)('trust scan in the browser: answering on a phone, reading the results', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let client: ApiClient;
  let base = '';
  let scan: Scan;
  let tooFew: Scan;
  let parts: Scan;
  let links: string[] = [];
  let draftLink = '';
  const stakeholders: CreatedStakeholder[] = [];
  /** What went wrong in each page opened (see watchForProblems). */
  const watched: string[][] = [];

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, () => new Date());
    const app = createApi(ctx, { webRoot: null });
    await createUser(ctx, { displayName: 'An Claes', email: EMAIL, password: PASSWORD });
    client = await new ApiClient(app).signIn(EMAIL, PASSWORD);
    const respondent = new ApiClient(app);
    const organisation = (await client.call<Organisation>('POST', '/organisations', { name: 'Drukkerij Claes', timeZone: 'UTC' })).body;
    base = `/organisations/${organisation.id}`;
    for (const name of ['Papier Noord', 'Inkt Zuid']) {
      stakeholders.push((await client.call<CreatedStakeholder>('POST', `${base}/stakeholders`, { name, category: 'suppliers', level: 'market', relation: {} })).body);
    }
    const [paper, ink] = stakeholders.map((s) => s.id) as [string, string];
    const group = { type: 'group', value: 'Papier en inkt', members: [paper, ink] };
    const prepare = async (title: string) => {
      const created = await client.call<Scan>('POST', `${base}/scans`, { title, kind: 'received', target: group });
      expect(created.status).toBe(201);
      return created.body;
    };
    const issue = async (scanId: string, count: number, segment: string | null) =>
      (await client.call<IssuedInvitations>('POST', `${base}/scans/${scanId}/invitations`, { count, segment })).body.links.map((l) => l.token);
    const answer = async (token: string, value: number, comment: string | null = null) =>
      expect((await respondent.call('POST', `/surveys/${token}/responses`, { answers: Object.fromEntries(STATEMENTS.map((s) => [s.id, value])), comment })).status).toBe(201);

    // The scan answered in the browser: five links for Papier Noord's people, one left over.
    scan = await prepare('Leveranciers 2026');
    await client.call('POST', `${base}/scans/${scan.id}/open`);
    links = await issue(scan.id, 6, paper);

    // Four answers: no figure, no comment — also not the one that would give its writer away.
    tooFew = await prepare('Te weinig');
    await client.call('POST', `${base}/scans/${tooFew.id}/open`);
    for (const token of await issue(tooFew.id, 4, null)) await answer(token, 2, SECRET_COMMENT);
    await client.call('POST', `${base}/scans/${tooFew.id}/close`);

    // Five answers for Papier Noord, three for Inkt Zuid: Papier Noord alone beside the whole would show Inkt Zuid's three.
    parts = await prepare('Per leverancier');
    await client.call('POST', `${base}/scans/${parts.id}/open`);
    for (const token of await issue(parts.id, 5, paper)) await answer(token, 4);
    for (const token of await issue(parts.id, 3, ink)) await answer(token, 2);
    await client.call('POST', `${base}/scans/${parts.id}/close`);

    // A link of a scan that has not opened yet.
    const draft = await prepare('Nog niet open');
    draftLink = (await issue(draft.id, 1, null))[0]!;

    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now: () => new Date() });
    browser = await launchChromium();
  });

  afterAll(async () => {
    expect(watched.flat()).toEqual([]);
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  /** A respondent's phone: its own browser context, so nothing is shared between respondents. */
  async function phone(locale = 'nl-NL'): Promise<{ context: BrowserContext; page: Page; apiCalls: string[] }> {
    const context = await browser!.newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    watched.push(watchForProblems(page).problems);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) apiCalls.push(path);
    });
    return { context, page, apiCalls };
  }

  const statement = (page: Page, index: number) => page.getByTestId('respond-statement').nth(index);
  const choose = (page: Page, index: number, value: number) =>
    statement(page, index).getByRole('radio', { name: new RegExp(`^${value} `) }).check();
  const progress = (page: Page) => page.getByTestId('respond-progress').textContent();

  async function answerByTouch(token: string, answerOf: (s: (typeof STATEMENTS)[number]) => number, options: { comment?: string; english?: boolean } = {}) {
    const { context, page, apiCalls } = await phone();
    try {
      await page.goto(`${server!.url}/respond/${token}`);
      await expect(page.getByTestId('respond-title').textContent()).resolves.toBe('Leveranciers 2026');
      await expect(page.getByTestId('respond-anonymity').textContent()).resolves.toMatch(/anoniem/);
      await expect(progress(page)).resolves.toMatch(/0 van 18 beantwoord/);
      if (options.english) {
        await page.getByRole('radiogroup', { name: 'Taal' }).getByText('EN', { exact: true }).click();
        await expect(statement(page, 0).textContent()).resolves.toContain(STATEMENTS[0]!.text.en);
      } else {
        await expect(statement(page, 0).textContent()).resolves.toContain(STATEMENTS[0]!.text.nl);
      }
      for (const [i, s] of STATEMENTS.entries()) {
        await choose(page, i, answerOf(s));
        if (i === 6) await expect(progress(page)).resolves.toMatch(options.english ? /7 of 18 answered/ : /7 van 18 beantwoord/);
      }
      if (options.comment) await page.getByTestId('respond-comment').fill(options.comment);
      await page.getByTestId('respond-submit').click();
      await page.getByTestId('respond-thanks').waitFor();
      // No app around the questionnaire and no question about who is signed in: only the survey was asked.
      expect(await page.getByTestId('organisation-name').count()).toBe(0);
      expect(apiCalls.every((path) => path.startsWith(`/api/v1/surveys/${token}`))).toBe(true);
      return page;
    } finally {
      await context.close();
    }
  }

  it('five respondents answer on a 390 px phone: by touch, in English, by keyboard alone', async () => {
    await answerByTouch(links[0]!, everything(5), { comment: SECRET_COMMENT });
    await answerByTouch(links[1]!, everything(4), { english: true });
    await answerByTouch(links[2]!, everything(2));

    // The fourth forgets a statement: the page says which and takes the answers once it is given.
    {
      const { context, page } = await phone();
      try {
        await page.goto(`${server!.url}/respond/${links[3]}`);
        await page.getByTestId('respond-form').waitFor();
        for (const i of STATEMENTS.keys()) if (i !== 11) await choose(page, i, 4);
        await page.getByTestId('respond-submit').click();
        await expect(page.getByTestId('respond-missing').textContent()).resolves.toMatch(/Stelling 12 is nog niet beantwoord/);
        await expect(statement(page, 11).getAttribute('data-missing')).resolves.toBe('true');
        await page.screenshot({ path: screenshotPath('respond-missing-390'), fullPage: false });
        await choose(page, 11, 4);
        await page.getByTestId('respond-submit').click();
        await page.getByTestId('respond-thanks').waitFor();
      } finally {
        await context.close();
      }
    }

    // The fifth uses the keyboard only: Tab to each statement, Space to choose 1, arrows to move on.
    const { context, page } = await phone('en-GB');
    try {
      await page.goto(`${server!.url}/respond/${links[4]}`);
      await page.getByTestId('respond-form').waitFor();
      await page.screenshot({ path: screenshotPath('respond-390-en'), fullPage: false });
      const focusedStatement = () => page.evaluate(() => document.activeElement?.closest('[data-testid="respond-statement"]')?.getAttribute('data-number') ?? null);
      for (let i = 0; i < 10 && (await focusedStatement()) !== '1'; i++) await page.keyboard.press('Tab');
      for (const [i, s] of STATEMENTS.entries()) {
        expect(await focusedStatement()).toBe(String(i + 1));
        await page.keyboard.press('Space');
        for (let step = 1; step < keyboardAnswers(s); step++) await page.keyboard.press('ArrowRight');
        await expect(statement(page, i).getByRole('radio', { checked: true }).getAttribute('value')).resolves.toBe(String(keyboardAnswers(s)));
        await page.keyboard.press('Tab');
      }
      await expect(progress(page)).resolves.toMatch(/18 of 18 answered/);
      await page.keyboard.type('Meer overleg graag');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByTestId('respond-thanks').waitFor();
    } finally {
      await context.close();
    }
    expect((await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.responses).toBe(5);
  });

  it('says kindly when a link was used, is unknown, or the scan has not opened or has closed', async () => {
    const { context, page } = await phone();
    try {
      const reasonFor = async (token: string) => {
        await page.goto(`${server!.url}/respond/${token}`);
        return page.getByTestId('respond-link-problem').getAttribute('data-problem');
      };
      await expect(reasonFor(links[0]!)).resolves.toBe('used');
      await expect(page.getByTestId('respond-link-problem').textContent()).resolves.toMatch(/al gebruikt/);
      await expect(reasonFor('x'.repeat(43))).resolves.toBe('unknown');
      await expect(page.getByTestId('respond-link-problem').textContent()).resolves.toMatch(/niet bekend/);
      await expect(reasonFor('kort')).resolves.toBe('unknown'); // a cut-off link: not even a token's shape
      await expect(reasonFor(draftLink)).resolves.toBe('notOpenYet');
      await client.call('POST', `${base}/scans/${scan.id}/close`);
      await expect(reasonFor(links[5]!)).resolves.toBe('closed');
      await expect(page.getByTestId('respond-link-problem').textContent()).resolves.toMatch(/afgesloten/);
      expect(await page.getByTestId('respond-form').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  describe('reading the results', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      context.setDefaultTimeout(10_000);
      page = await context.newPage();
      watched.push(watchForProblems(page).problems);
      await page.goto(server!.url);
      await signIn(page, EMAIL, PASSWORD);
    });

    afterAll(() => context.close());

    const open = async (scanId: string) => {
      await page.goto(`${server!.url}/scans/${scanId}/results`);
      await page.getByTestId('scan-result').waitFor();
    };
    const row = (topic: string) => page.locator(`[data-testid="scan-row"][data-topic="${topic}"]`);

    it('shows the hand-computed figures, measured beside observed, and no comment below eight', async () => {
      await open(scan.id);
      await expect(page.getByTestId('scan-responses').textContent()).resolves.toBe('5');
      await expect(page.getByTestId('scan-response-rate').textContent()).resolves.toBe('83 %'); // 5 of 6 links
      await expect(row('honesty').getByTestId('scan-mean').textContent()).resolves.toBe('3,2');
      await expect(row('honesty').getByTestId('scan-spread').getAttribute('data-distribution')).resolves.toBe('2,2,0,4,2');
      await expect(row('honesty').getByTestId('scan-favourable').textContent()).resolves.toBe('60 %');
      await expect(row('competence').getByTestId('scan-mean').textContent()).resolves.toBe('3,6');
      await expect(row('competence').getByTestId('scan-spread').getAttribute('aria-label')).resolves.toBe('Antwoorden: 0 × 1, 2 × 2, 2 × 3, 4 × 4, 2 × 5');
      await expect(row('intentional').getByTestId('scan-mean').textContent()).resolves.toBe('3,5');
      await expect(row('overall').getByTestId('scan-mean').textContent()).resolves.toBe('3,6');
      await expect(page.getByTestId('scan-measured-trust').textContent()).resolves.toBe('64');
      await expect(page.getByTestId('scan-observed-trust').textContent()).resolves.toBe('50');
      await expect(page.getByTestId('scan-perception-gap').getAttribute('data-signal')).resolves.toBe('false');
      // Without entries the ledger's reading is uncertain: the gap is given, but not as a verdict.
      await expect(page.getByTestId('scan-perception-gap').textContent()).resolves.toMatch(/Perceptiekloof: \+14 punten\. Het grootboek bevat te weinig gegevens/);
      await page.getByTestId('scan-comments-withheld').waitFor();
      expect(await page.getByTestId('scan-comment').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toContain(SECRET_COMMENT);
      await page.screenshot({ path: screenshotPath('scan-results-1280'), fullPage: true });

      // The CSV holds the same figures.
      const csv = await page.request.get(new URL((await page.getByTestId('scan-csv').getAttribute('href'))!, server!.url).toString());
      expect(csv.headers()['content-type']).toMatch(/text\/csv/);
      expect(await csv.text()).toMatch(/foundation,honesty,10,3\.20,0\.60,2,2,0,4,2/);
    });

    it('reads a part of the group, and explains a part with too few answers', async () => {
      const showPart = async (name: string) => {
        await page.getByTestId('scan-segments').getByLabel('Stakeholders').click();
        await page.getByRole('option', { name }).click();
        await page.keyboard.press('Escape');
        await page.getByTestId('scan-segments-show').click();
      };
      await showPart('Papier Noord');
      await expect.poll(() => page.getByTestId('scan-part').textContent()).toBe('Deel van de groep: Papier Noord');
      await expect(row('honesty').getByTestId('scan-mean').textContent()).resolves.toBe('3,2');
      await page.getByTestId('scan-segments-whole').click();
      await showPart('Inkt Zuid');
      await expect(page.getByTestId('scan-withheld').textContent()).resolves.toMatch(/In dit deel hebben 0 mensen geantwoord/);
      expect(await page.getByTestId('scan-figures').count()).toBe(0);
    });

    it('refuses, in plain words, a part that subtraction from the whole would expose', async () => {
      await open(parts.id);
      await page.getByTestId('scan-segments').getByLabel('Stakeholders').click();
      await page.getByRole('option', { name: 'Papier Noord' }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('scan-segments-show').click();
      await expect(page.getByTestId('scan-part-refused').textContent()).resolves.toMatch(/minder dan 5 mensen/);
      expect(await page.getByTestId('scan-figures').count()).toBe(0);
    });

    it('shows no figure and no comment for a scan of four, and says why', async () => {
      await open(tooFew.id);
      await expect(page.getByTestId('scan-withheld').textContent()).resolves.toMatch(/4 mensen hebben geantwoord\. Cijfers worden getoond vanaf 5 antwoorden/);
      for (const testId of ['scan-figures', 'scan-mean', 'scan-measured', 'scan-comment', 'scan-csv', 'scan-book']) {
        expect(await page.getByTestId(testId).count(), testId).toBe(0);
      }
      const text = (await page.locator('body').textContent()) ?? '';
      expect(text).not.toContain(SECRET_COMMENT);
      expect(text).not.toMatch(/\d,\d/); // no mean anywhere
      await expect(page.getByTestId('scan-booking-status').textContent()).resolves.toMatch(/te weinig antwoorden/);
    });

    it('books the result as survey entries after a confirm, and undoes the booking', async () => {
      const paperEntries = async () =>
        (await client.call<ListPage<Entry>>('GET', `${base}/accounts/${stakeholders[0]!.relation.accounts.received}/entries`)).body.items;
      await open(scan.id);
      await page.getByTestId('scan-book').click();
      const dialog = page.getByRole('dialog', { name: 'Dit resultaat boeken in het grootboek?' });
      await dialog.getByTestId('scan-booking-confirm-button').click();
      await dialog.waitFor({ state: 'hidden' });
      // Means of 3.6 book +1 on eight foundations; honesty's 3.2 books nothing; on both accounts of the group.
      await expect.poll(() => page.getByTestId('scan-booking-status').textContent()).toBe('Geboekt in het grootboek: 16 scanboekingen.');
      expect((await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.bookedEntries).toHaveLength(16);
      expect((await paperEntries()).filter((e) => e.source === 'survey').map((e) => e.amount)).toEqual(Array(8).fill(1));

      await page.getByTestId('scan-unbook').click();
      const undo = page.getByRole('dialog', { name: 'Boeking ongedaan maken?' });
      await undo.getByLabel('Waarom (niet verplicht)').fill('Eerst bespreken');
      await undo.getByTestId('scan-booking-confirm-button').click();
      await undo.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('scan-booking-status').getAttribute('data-booked')).toBe('false');
      await page.getByTestId('scan-book').waitFor();
      expect((await client.call<Scan>('GET', `${base}/scans/${scan.id}`)).body.booked).toBe(false);
      expect((await paperEntries()).filter((e) => e.reverses !== null)).toHaveLength(8);
    });

    it('reads well at 390 px', async () => {
      await page.setViewportSize(PHONE);
      await open(scan.id);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: screenshotPath('scan-results-390'), fullPage: true });
    });
  });
});
