import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBreaches } from '../../src/app/breaches.ts';
import { actingAs, createContext } from '../../src/app/context.ts';
import { organisationControlMeasures } from '../../src/app/control-measures.ts';
import { loadDemo } from '../../src/app/demo/load-demo.ts';
import { listOrganisationDilemmas } from '../../src/app/dilemmas.ts';
import { inviteMember } from '../../src/app/members.ts';
import { readRelations } from '../../src/app/read-accounts.ts';
import { issueScanInvitations } from '../../src/app/scan-invitations.ts';
import { listOrganisationScans } from '../../src/app/scans.ts';
import { startServer } from '../../src/api/server.ts';
import { seriousViolations } from '../support/axe.ts';
import { CHROMIUM_MISSING_NOTICE, HAS_CHROMIUM, launchChromium } from '../support/chromium.ts';
import { openTestStore, type TestStore } from '../support/stores.ts';
import { textsInOtherLanguage } from '../support/untranslated.ts';
import { DEMO_PASSWORD, DEMO_USERS, requireBuiltPage, signIn, waitForSignInPage, watchForProblems, WEB_ROOT } from '../support/web-page.ts';

/**
 * What must hold on every view of the web application — sign-in, invitation, dashboard, quick
 * entry, relation (and one with its breaches), a breach, stakeholders, map, trust scans (list,
 * form, one scan, instruments), a scan's results, the respondent's page, decisions (a dilemma, the
 * weighed-trust form), settings — checked
 * on each in turn: axe finds no
 * serious or critical accessibility violation, and switching the language leaves no text of the
 * other language behind — in the labels, the charts' text alternatives and the notices.
 */
if (!HAS_CHROMIUM) console.warn(CHROMIUM_MISSING_NOTICE);

const TODAY = '2026-03-15';
const now = () => new Date(`${TODAY}T10:00:00Z`);

interface View {
  readonly name: string;
  /** Brings the page to the view, starting from anywhere in the signed-in application. */
  open(page: Page): Promise<void>;
  /** For a dialog, which covers the language switch: closes it. */
  close?(page: Page): Promise<void>;
}

describe.skipIf(!HAS_CHROMIUM)('every view: accessible, and all in the chosen language', () => {
  let testStore: TestStore | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];
  let relationId = '';
  let invitationToken = '';
  let resultsScanId = '';
  let surveyToken = '';
  let names = new Set<string>();
  let dilemmaId = '';
  let breachId = '';
  let theirBreachId = '';
  let breachRelationId = '';

  beforeAll(async () => {
    requireBuiltPage();
    testStore = await openTestStore('sqlite');
    const ctx = createContext(testStore.store, now);
    const organisation = await loadDemo(ctx, { today: TODAY });
    const { relations } = await readRelations(ctx, organisation.id);
    relationId = relations.find((r) => r.stakeholder.name === 'Syndicale afvaardiging')!.id;
    // What people wrote stays as written in either language: names and notes.
    const notes = await testStore.store.db.selectFrom('entries').select('note').execute();
    const dilemmas = await listOrganisationDilemmas(ctx, organisation.id);
    dilemmaId = dilemmas[0]!.id;
    const dilemmaTexts = dilemmas.flatMap((d) => [d.title, d.context, d.valueConflict, ...d.options.map((o) => o.title)]);
    names = new Set([...relations.map((r) => r.stakeholder.name), ...notes.map((n) => n.note), ...dilemmaTexts]);
    invitationToken = (await inviteMember(actingAs(ctx, { userId: null, tokenId: null }), organisation.id, { role: 'viewer' })).token;
    // The demo's scans: this year's employee scan is closed, with an earlier one and open answers; the private customers' is open.
    const scans = await listOrganisationScans(ctx, organisation.id);
    resultsScanId = scans.find((s) => s.title === 'Medewerkersscan dit jaar')!.id;
    const openScan = scans.find((s) => s.title === 'Klantenscan particulieren')!;
    surveyToken = (await issueScanInvitations(ctx, organisation.id, openScan.id, { count: 1 })).tokens[0]!;
    // What respondents wrote stays as written in either language.
    const comments = await testStore.store.db.selectFrom('scan_responses').select('comment').execute();
    for (const { comment } of comments) if (comment) names.add(comment);
    // The demo's breaches: ours to a retail chain, with what was written about it and its repair.
    const breaches = await listBreaches(ctx, organisation.id, {});
    for (const b of breaches) {
      names.add(b.description);
      for (const step of Object.values(b.apology ?? {})) names.add(step.note);
      for (const action of b.actions) names.add(action.description).add(action.owner);
      for (const step of b.history) names.add(step.note);
      if (b.response) names.add(b.response.note);
    }
    // The demo's control measures, described in Dutch by whoever registered them.
    for (const m of await organisationControlMeasures(ctx, organisation.id)) names.add(m.description);
    const ours = breaches.find((b) => b.direction === 'we_breached')!;
    breachId = ours.id;
    theirBreachId = breaches.find((b) => b.direction === 'they_breached')!.id;
    breachRelationId = ours.relationId;
    server = await startServer({ store: testStore.store, port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, now });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    problems = watchForProblems(page).problems;
    await page.goto(server.url);
  });

  afterAll(async () => {
    expect(problems).toEqual([]);
    await browser?.close();
    await server?.close();
    await testStore?.close();
  });

  const switchTo = async (language: 'en' | 'nl') => {
    const [group, option] = language === 'en' ? [/^(Taal|Language)$/, 'English'] : [/^(Taal|Language)$/, 'Nederlands'];
    await page.getByRole('radiogroup', { name: group }).first().getByText(option, { exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  };

  /** Switches the language under the view (a dialog is closed for it and opened again). */
  async function switchUnder(view: View, language: 'en' | 'nl') {
    await view.close?.(page);
    await switchTo(language);
    if (view.close) await view.open(page);
  }

  /** Axe on the view in Dutch, then English: nothing Dutch may stay, then nothing English. */
  async function checkView(view: View) {
    await view.open(page);
    expect(await seriousViolations(page), `axe on ${view.name}`).toEqual([]);
    expect(await textsInOtherLanguage(page, 'nl', names), `English on the Dutch ${view.name}`).toEqual([]);
    await switchUnder(view, 'en');
    await expect.poll(() => textsInOtherLanguage(page, 'en', names), { message: `Dutch left on the English ${view.name}` }).toEqual([]);
    expect(await seriousViolations(page), `axe on the English ${view.name}`).toEqual([]);
    await switchUnder(view, 'nl');
    await expect.poll(() => textsInOtherLanguage(page, 'nl', names), { message: `English left on the Dutch ${view.name}` }).toEqual([]);
    await view.close?.(page);
  }

  it('the sign-in page', async () => {
    await checkView({ name: 'sign-in page', open: (p) => waitForSignInPage(p) });
  });

  it('the invitation page', async () => {
    try {
      await checkView({
        name: 'invitation page',
        open: async (p) => {
          await p.goto(`${server!.url}/invite/${invitationToken}`);
          await p.getByTestId('invitation-summary').waitFor();
        },
      });
    } finally {
      // The views after this one are the signed-in owner's.
      await page.goto(server!.url);
      await signIn(page, DEMO_USERS.owner, DEMO_PASSWORD);
    }
  });

  const signedInViews: View[] = [
    {
      name: 'dashboard',
      open: async (p) => {
        await p.getByTestId('nav-overview').click();
        await p.getByTestId('signal').first().waitFor();
        await p.getByTestId('dashboard-trend').locator('svg').first().waitFor();
      },
    },
    {
      name: 'quick entry',
      open: async (p) => {
        await p.getByTestId('quick-entry-open').click();
        await p.getByRole('dialog').getByTestId('quick-entry-form').waitFor();
      },
      close: async (p) => {
        await p.keyboard.press('Escape');
        await p.getByRole('dialog').waitFor({ state: 'hidden' });
      },
    },
    {
      name: 'relation page',
      open: async (p) => {
        await p.goto(`${server!.url}/relations/${relationId}`);
        await p.getByTestId('ledger-received').getByTestId('ledger-line').first().waitFor();
        await p.getByTestId('trend-received').locator('svg').first().waitFor();
      },
    },
    {
      name: "relation page's breaches",
      open: async (p) => {
        await p.goto(`${server!.url}/relations/${breachRelationId}`);
        await p.getByTestId('relation-breaches').getByTestId('breach-row').first().waitFor();
        await p.getByTestId('trend-received').locator('svg').first().waitFor();
        await p.getByTestId('trend-breaches-received').waitFor({ state: 'attached' });
      },
    },
    {
      name: 'breach page',
      open: async (p) => {
        await p.goto(`${server!.url}/breaches/${breachId}`);
        await p.getByTestId('repair-plan').waitFor();
        await p.getByTestId('recovery-chart').locator('svg').first().waitFor();
      },
    },
    {
      name: 'breach page of their breach',
      open: async (p) => {
        await p.goto(`${server!.url}/breaches/${theirBreachId}`);
        await p.getByTestId('response-card').nth(3).waitFor();
      },
    },
    {
      name: 'stakeholders page',
      open: async (p) => {
        await p.getByTestId('nav-stakeholders').click();
        await p.getByTestId('stakeholders-shown').waitFor();
        await p.getByTestId('stakeholder-create').waitFor();
      },
    },
    {
      name: 'stakeholder map',
      open: async (p) => {
        await p.getByTestId('nav-map').click();
        await p.getByTestId('map-table').locator('tbody tr').first().waitFor();
        await p.getByTestId('stakeholder-map').locator('svg').first().waitFor();
      },
    },
    {
      name: 'trust scans page',
      open: async (p) => {
        await p.getByTestId('nav-scans').click();
        await p.getByTestId('scans-table').waitFor();
      },
    },
    {
      name: 'scan form',
      open: async (p) => {
        await p.getByTestId('nav-scans').click();
        await p.getByTestId('scan-create').click();
        await p.getByRole('dialog').getByTestId('scan-form').waitFor();
      },
      close: async (p) => {
        await p.keyboard.press('Escape');
        await p.getByRole('dialog').waitFor({ state: 'hidden' });
      },
    },
    {
      name: 'open scan page',
      open: async (p) => {
        await p.getByTestId('nav-scans').click();
        await p.getByRole('link', { name: 'Klantenscan particulieren' }).click();
        await p.getByTestId('scan-links-form').waitFor();
        await p.getByTestId('scan-show-statements').click();
        await p.getByTestId('instrument-statement').first().waitFor();
      },
    },
    {
      name: 'instruments page',
      open: async (p) => {
        await p.getByTestId('nav-scans').click();
        await p.getByTestId('scans-to-instruments').click();
        await p.getByTestId('instrument-card').first().getByTestId('instrument-show').click();
        await p.getByTestId('instrument-statement').first().waitFor();
      },
    },
    {
      name: 'decisions page',
      open: async (p) => {
        await p.getByTestId('nav-decisions').click();
        await p.getByTestId('dilemma-list').waitFor();
        await p.getByTestId('influence-edge').first().waitFor();
      },
    },
    {
      name: 'dilemma page',
      open: async (p) => {
        await p.goto(`${server!.url}/decisions/dilemmas/${dilemmaId}`);
        await p.getByTestId('tradeoff-table').waitFor();
        await p.getByTestId('dilemma-chart').locator('svg').first().waitFor();
      },
    },
    {
      name: 'weighed-trust assessment form',
      open: async (p) => {
        await p.goto(`${server!.url}/decisions/assessments/new`);
        await p.getByTestId('assessment-form').waitFor();
        await p.getByTestId('assessment-counterpart').fill('Syndicale afvaardiging');
        await p.getByRole('option', { name: 'Syndicale afvaardiging' }).click();
        await p.getByTestId('assessment-leap').fill('Inzage in de cijfers');
        await p.getByTestId('gut-4').check();
        await p.getByTestId('gut-confirm').click();
        await p.getByTestId('preview-outcome').waitFor();
      },
    },
    {
      name: 'settings page',
      open: async (p) => {
        await p.getByTestId('nav-settings').click();
        await p.getByTestId('parameter-versions').waitFor();
      },
    },
    {
      name: 'scan results',
      open: async (p) => {
        await p.goto(`${server!.url}/scans/${resultsScanId}/results`);
        await p.getByTestId('scan-figures').waitFor();
        await p.getByTestId('scan-comments').waitFor();
      },
    },
    {
      name: 'booking confirmation',
      open: async (p) => {
        await p.getByTestId('scan-book').click();
        await p.getByRole('dialog').getByTestId('scan-booking-confirm').waitFor();
      },
      close: async (p) => {
        await p.keyboard.press('Escape');
        await p.getByRole('dialog').waitFor({ state: 'hidden' });
      },
    },
    // Last, since it stands outside the application: no navigation leads on from it.
    {
      name: 'respondent page',
      open: async (p) => {
        await p.goto(`${server!.url}/respond/${surveyToken}`);
        await p.getByTestId('respond-form').waitFor();
      },
    },
  ];

  for (const view of signedInViews) {
    it(`the ${view.name}`, async () => {
      await checkView(view);
    });
  }
});
