import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { addControlMeasure } from '../app/control-measures.ts';
import { decideDilemma, listOrganisationDilemmas } from '../app/dilemmas.ts';
import { DEMO_PASSWORD } from '../app/demo/demo-logins.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { organisationOverview, readRelations } from '../app/read-accounts.ts';
import { issueScanInvitations, submitScanResponse } from '../app/scan-invitations.ts';
import { closeScan, createScan, openScan } from '../app/scans.ts';
import { standardInstrument } from '../domain/survey-instrument.ts';
import { formatNumber } from '../report/statement-texts.ts';
import { createApi } from './create-api.ts';

const TODAY = '2026-06-30';
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The page's words without its markup, spaces folded. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');

/**
 * The social-capital statement of the demo organisation through the HTTP API, as HTML and as PDF
 * in both languages: its key figures are the ones the overview computes, the control register is
 * set against trust, a scan with too few answers shows no figures, and the PDF opens and renders.
 */
describe.each(DIALECTS)('the social-capital statement on %s', (dialect) => {
  let test: TestStore;
  let viewer: ApiClient;
  let owner: ApiClient;
  let base: string;
  let receivedNow: number;
  let easable: string;
  let decided: { title: string; option: string };
  const work = mkdtempSync(join(tmpdir(), 'statement-'));

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => new Date(`${TODAY}T10:00:00Z`));
    const organisation = await loadDemo(ctx, { today: TODAY });
    const app = createApi(ctx, { webRoot: null });
    viewer = await new ApiClient(app).signIn('viewer@lindenhof.example', DEMO_PASSWORD);
    owner = await new ApiClient(app).signIn('owner@lindenhof.example', DEMO_PASSWORD);
    base = `/organisations/${organisation.id}`;

    // Control on a relation we trust well (could be eased) and on one we distrust (justified).
    const { relations } = await readRelations(ctx, organisation.id, { asOf: TODAY });
    const byGivenTrust = [...relations].sort((a, b) => b.accounts.given.reading.trustLevel - a.accounts.given.reading.trustLevel);
    const trusted = byGivenTrust.find((r) => r.accounts.given.reading.trustLevel >= 70 && r.accounts.given.reading.uncertainty <= 0.3)!;
    const distrusted = byGivenTrust.at(-1)!;
    easable = trusted.stakeholder.name;
    await addControlMeasure(ctx, organisation.id, trusted.id, { kind: 'audits', description: 'Yearly audit', yearlyEuros: 6000, yearlyHours: 40, startedOn: '2025-01-01' });
    await addControlMeasure(ctx, organisation.id, distrusted.id, { kind: 'approvals', description: 'Double signature', yearlyHours: 24, startedOn: '2025-01-01' });

    // A scan closed with two answers where five are needed: it is listed, without figures.
    const june = { ...ctx, now: () => new Date('2026-06-02T09:00:00Z') };
    const scan = await createScan(june, organisation.id, {
      title: 'Leveranciersscan te klein',
      kind: 'received',
      target: { type: 'category', value: 'suppliers' },
      opensOn: '2026-06-01',
      closesOn: '2026-06-20',
    });
    await openScan(june, organisation.id, scan.id);
    const { tokens } = await issueScanInvitations(june, organisation.id, scan.id, { count: 6, segment: null });
    const answers = Object.fromEntries(standardInstrument('received').statements.map((s) => [s.id, 4]));
    for (const token of tokens.slice(0, 2)) await submitScanResponse(june, token, { answers, comment: null });
    await closeScan({ ...ctx, now: () => new Date('2026-06-20T09:00:00Z') }, organisation.id, scan.id);

    // One of the demo's dilemmas decided today, with its justification.
    const [dilemma] = await listOrganisationDilemmas(ctx, organisation.id);
    decided = { title: dilemma!.title, option: dilemma!.options[0]!.title };
    await decideDilemma(ctx, organisation.id, dilemma!.id, { optionId: dilemma!.options[0]!.id, justification: 'Verantwoord tegenover de eigenaar van de lading' });
    // The decision books its effects, so the key figure is read after it.
    receivedNow = (await organisationOverview(ctx, organisation.id, { asOf: TODAY })).received.total.trustLevel!;
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    await test.close();
  });

  const fetchStatement = async (lang: 'nl' | 'en', format: 'html' | 'pdf') => {
    const response = await viewer.raw('GET', `${base}/statement?asOf=${TODAY}&compareWith=2025-06-30&lang=${lang}&format=${format}`);
    expect(response.status).toBe(200);
    return response;
  };

  it.each([
    ['en', 'Social-capital statement', 'could be eased', 'fewer than 5 responses', '€ 6,000'],
    ['nl', 'Staat van het sociaal kapitaal', 'kan afgebouwd', 'minder dan 5 antwoorden', '€ 6.000'],
  ] as const)('as a self-contained HTML page in %s', async (lang, title, eased, tooFew, euros) => {
    const response = await fetchStatement(lang, 'html');
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('@media print');
    const text = textOf(html);
    expect(text).toContain(title);
    expect(text).toContain('Meubelmakerij Lindenhof');
    expect(text).toContain(TODAY);
    expect(text).toContain(formatNumber(receivedNow, lang));
    expect(text).toContain(euros);
    expect(text).toContain(`${decided.title} ${decided.option} ${TODAY} Verantwoord tegenover de eigenaar van de lading`);
    expect(text).toMatch(new RegExp(`${easable.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&')} [^<]*?${eased}`));
    // The small scan is named with why it has no figures; its row carries no trust figure.
    const row = textOf(/<tr><td>Leveranciersscan te klein<\/td>.*?<\/tr>/.exec(html)![0]);
    expect(row).toContain(tooFew);
    expect(row).not.toMatch(/\d+[.,]\d/);
  });

  it.each([
    ['en', ['Social-capital statement', 'Meubelmakerij Lindenhof', 'The dividend of trust', 'Control spending against trust']],
    ['nl', ['Staat van het sociaal kapitaal', 'Financiële instellingen', 'Directiecomité', 'Het dividend van vertrouwen', 'minder dan 5 antwoorden']],
  ] as const)('as a PDF in %s that opens, carries its figures and renders', async (lang, phrases) => {
    const response = await fetchStatement(lang, 'pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPoppler) return;
    const file = join(work, `${dialect}-${lang}.pdf`);
    writeFileSync(file, bytes);
    // Without layout and with spaces folded: a phrase may wrap inside a table cell.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const phrase of phrases) expect(text).toContain(phrase);
    expect(text).toContain(formatNumber(receivedNow, lang));
    execFileSync('pdftoppm', ['-r', '40', '-png', file, join(work, `${dialect}-${lang}`)]);
    const pages = readdirSync(work).filter((f) => f.startsWith(`${dialect}-${lang}-`) && f.endsWith('.png'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(statSync(join(work, page)).size).toBeGreaterThan(2000);
  });

  it('refuses a comparison date after the statement date, and a bad language, and audits each export', async () => {
    expect((await viewer.raw('GET', `${base}/statement?asOf=2026-01-01&compareWith=2026-02-01`)).status).toBe(400);
    expect((await viewer.raw('GET', `${base}/statement?lang=fr`)).status).toBe(400);
    const audit = await owner.call<{ items: { action: string; details: { format?: string } }[] }>('GET', `${base}/audit?limit=50`);
    const exports = audit.body.items.filter((a) => a.action === 'statement.export');
    expect(exports.map((e) => e.details.format).sort()).toEqual(['html', 'html', 'pdf', 'pdf']);
  });
});
