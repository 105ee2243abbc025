import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createApiToken } from '../app/api-tokens.ts';
import { createContext, type AppContext } from '../app/context.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { createOrganisation } from '../app/organisations.ts';
import { createApi } from './create-api.ts';
import type { CsvKind } from '../app/csv-read.ts';
import type { Page, Problem, Relation } from './schemas.ts';

const TODAY = '2026-06-30';
const NOW = new Date(`${TODAY}T09:00:00Z`);
type Files = Partial<Record<CsvKind, string | Uint8Array<ArrayBuffer>>>;

const STAKEHOLDERS = 'key,name,category,level,importance,influence,interest,vulnerability,tags\nzee,Hotel Zeezicht,customers,market,4,,,,horeca\n';
const RELATIONS = 'stakeholder,started_on,scope,cadence_days\nzee,2025-01-01,need,60\n';
const ENTRY_HEADER = 'stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses\n';
const ENTRIES = `${ENTRY_HEADER}zee,received,2026-05-01,competence,3,,Rush order,,,\nzee,given,2026-05-02,honesty,-2,unintentional,,,,\n`;

/** Every number of two readings equal to within rounding (sums may be added in another order). */
function expectSameFigures(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), `${path}: ${String(actual)} vs ${expected}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length, path).toBe(expected.length);
    expected.forEach((item, i) => expectSameFigures((actual as unknown[])[i], item, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      // Ids differ between organisations by design; everything else must be the same.
      if (!/(^id$|Id$|Ids$|^key$|^evidence$)/.test(key)) expectSameFigures((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe.each(DIALECTS)('CSV import and export on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let app: ReturnType<typeof createApi>;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
    app = createApi(ctx, { webRoot: null });
  });
  afterAll(() => test.close());

  /** A new, empty organisation and an API token of its owner. */
  async function emptyOrganisation(name: string) {
    const organisation = await createOrganisation(ctx, { name });
    const token = (await createApiToken(ctx, organisation.id, { name: 'csv', role: 'owner' })).token;
    return { id: organisation.id, token, client: new ApiClient(app, token) };
  }

  async function upload(org: { id: string; token: string }, files: Files, dryRun = false) {
    const form = new FormData();
    for (const [kind, content] of Object.entries(files)) form.append(kind, new Blob([content]), `${kind}.csv`);
    const response = await app.request(`/api/v1/organisations/${org.id}/imports/csv${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${org.token}` },
      body: form,
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Problem & Record<string, unknown> };
  }

  async function download(org: { id: string; client: ApiClient }, kind: CsvKind) {
    const result = await org.client.call<string>('GET', `/organisations/${org.id}/exports/csv/${kind}`);
    expect(result.status).toBe(200);
    expect(result.type).toBe('text/csv; charset=utf-8');
    return result.body;
  }

  /** What can be counted of an organisation: its relations (with readings) and its audit log. */
  async function relations(org: { id: string; client: ApiClient }) {
    return (await org.client.call<Page<Relation>>('GET', `/organisations/${org.id}/relations?limit=200&archived=include`)).body.items;
  }
  async function counts(org: { id: string; client: ApiClient }) {
    const all = await relations(org);
    const entries = await Promise.all(
      all.flatMap((r) => [r.accounts.received.id, r.accounts.given.id]).map(
        async (id) => (await org.client.call<Page<unknown>>('GET', `/organisations/${org.id}/accounts/${id}/entries?limit=200`)).body.items.length,
      ),
    );
    return { relations: all.length, entries: entries.reduce((a, b) => a + b, 0) };
  }

  it('imports stakeholders, relations and entries after a dry run that writes nothing, and audits the import', async () => {
    const org = await emptyOrganisation('Brouwerij De Klok');
    const files = { stakeholders: STAKEHOLDERS, relations: RELATIONS, entries: ENTRIES };
    const dry = await upload(org, files, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ dryRun: true, stakeholders: 1, relations: 1, entries: 2, reversals: 0 });
    expect(await counts(org)).toEqual({ relations: 0, entries: 0 });

    const real = await upload(org, files);
    expect(real.status).toBe(201);
    expect(real.body).toEqual({ dryRun: false, stakeholders: 1, relations: 1, entries: 2, reversals: 0 });
    const [relation] = await relations(org);
    expect(relation!.stakeholder).toMatchObject({ name: 'Hotel Zeezicht', importance: 4, influence: 3, tags: ['horeca'] });
    expect(relation!).toMatchObject({ startedOn: '2025-01-01', scope: 'need', cadenceDays: 60 });
    // r = 3, decayed over the 60 days since 2026-05-01 with a half-life of 365 days.
    expect(relation!.accounts.received.reading.legs.professional.r).toBeCloseTo(3 * 2 ** (-60 / 365), 9);
    const ledger = (await org.client.call<Page<{ source: string; note: string }>>('GET', `/organisations/${org.id}/accounts/${relation!.accounts.received.id}/entries`)).body;
    expect(ledger.items).toMatchObject([{ source: 'import', note: 'Rush order' }]);
    const log = (await org.client.call<Page<{ action: string; details: unknown }>>('GET', `/organisations/${org.id}/audit?limit=200`)).body.items;
    expect(log.find((e) => e.action === 'import.csv')?.details).toEqual({ stakeholders: 1, relations: 1, entries: 2, reversals: 0, files: ['stakeholders', 'relations', 'entries'] });

    // Entries alone, for a stakeholder that now exists, named by its name.
    const more = await upload(org, { entries: `${ENTRY_HEADER}hotel zeezicht,received,2026-06-01,service,1,,,,,\n` });
    expect(more.status).toBe(201);
    expect(await counts(org)).toEqual({ relations: 1, entries: 3 });
  });

  it('exports the demo organisation and imports it into an empty one with the same figures, account by account', async () => {
    const demo = await loadDemo(ctx, { today: TODAY });
    const source = { id: demo.id, client: new ApiClient(app, (await createApiToken(ctx, demo.id, { name: 'csv', role: 'viewer' })).token) };
    const files = {
      stakeholders: await download(source, 'stakeholders'),
      relations: await download(source, 'relations'),
      entries: await download(source, 'entries'),
    };
    expect(files.entries.split('\n')[0]).toBe('stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses');
    const target = await emptyOrganisation('Lindenhof, ingelezen');
    const imported = await upload(target, files);
    expect(imported.status).toBe(201);
    expect(imported.body.reversals).toBeGreaterThan(0);

    const before = await relations(source);
    const after = await relations(target);
    expect(after.map((r) => r.stakeholder.name)).toEqual(before.map((r) => r.stakeholder.name));
    expect(before.length).toBeGreaterThan(20);
    for (const [i, expected] of before.entries()) {
      expectSameFigures(after[i], expected, expected.stakeholder.name);
    }
    const overview = (org: { id: string; client: ApiClient }) => org.client.call<unknown>('GET', `/organisations/${org.id}/overview`).then((r) => r.body);
    expectSameFigures(await overview({ ...target }), await overview(source), 'overview');
    // And the export of the copy is the export of the original, but for the ids.
    const ids = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
    expect((await download(target, 'entries')).replace(ids, '#').split('\n').sort()).toEqual(files.entries.replace(ids, '#').split('\n').sort());
  });

  describe('a malformed import is refused precisely and imports nothing', () => {
    const cases: [string, Files, { field: string; message: RegExp }[]][] = [
      ['wrong column count', { entries: `${ENTRY_HEADER}zee,received,2026-05-01,competence,3\n` }, [{ field: 'entries:2', message: /^expected 10 values \(one per column of the header\), got 5$/ }]],
      ['bad dates', { relations: 'stakeholder,started_on\nzee,01/02/2025\n', entries: `${ENTRY_HEADER}zee,received,2026-02-30,competence,3,,,,,\nzee,received,2099-01-01,competence,3,,,,,\n` }, [
        { field: 'relations:2:started_on', message: /^expected a date as YYYY-MM-DD, got "01\/02\/2025"$/ },
        { field: 'entries:2:occurred_on', message: /^expected a date as YYYY-MM-DD, got "2026-02-30"$/ },
        { field: 'entries:3:occurred_on', message: /^expected a date not after today \(2026-06-30\), got "2099-01-01"$/ },
      ]],
      ['unknown foundation', { entries: `${ENTRY_HEADER}zee,received,2026-05-01,loyalty,3,,,,,\n` }, [{ field: 'entries:2:foundation', message: /^expected one of authenticity, .*fair_play, got "loyalty"$/ }]],
      ['amount out of range', { entries: `${ENTRY_HEADER}zee,received,2026-05-01,honesty,7,,,,,\nzee,received,2026-05-01,honesty,0,,,,,\n` }, [
        { field: 'entries:2:amount', message: /^expected a whole number from −5 to −1 or 1 to 5, got "7"$/ },
        { field: 'entries:3:amount', message: /^expected a whole number from −5 to −1 or 1 to 5, got "0"$/ },
      ]],
      ['unknown stakeholder', { entries: `${ENTRY_HEADER}Nobody,received,2026-05-01,honesty,2,,,,,\n` }, [{ field: 'entries:2:stakeholder', message: /^expected a key or name of stakeholders\.csv, or the id or name of an existing stakeholder, got "Nobody"$/ }]],
      ['duplicate keys and ids', {
        stakeholders: `${STAKEHOLDERS}zee,Zeezicht Twee,customers,market,,,,,\n`,
        entries: `${ENTRY_HEADER}zee,received,2026-05-01,honesty,2,,,,e1,\nzee,received,2026-05-02,honesty,2,,,,e1,\n`,
      }, [
        { field: 'stakeholders:3:key', message: /^expected a key no other line has, got "zee" \(also on line 2\)$/ },
        { field: 'entries:3:id', message: /^expected an id no other line has, got "e1" \(also on line 2\)$/ },
      ]],
      ['wrong encoding', { stakeholders: Uint8Array.from([...new TextEncoder().encode('key,name,category,level\nk,Caf'), 0xe9, 0x0a]) }, [
        { field: 'stakeholders:2', message: /^wrong encoding: expected UTF-8 text/ },
      ]],
      ['empty file', { entries: '' }, [{ field: 'entries:1', message: /^the file is empty: expected a header line with the columns stakeholder, direction/ }]],
    ];
    it.each(cases)('%s', async (_, bad, expected) => {
      const org = await emptyOrganisation(`Malformed ${Math.random()}`);
      // The good files around the bad one are refused with it: all or nothing.
      const files = { stakeholders: STAKEHOLDERS, relations: RELATIONS, entries: ENTRIES, ...bad };
      for (const dryRun of [true, false]) {
        const result = await upload(org, files, dryRun);
        expect(result.status).toBe(400);
        expect(result.type).toContain('application/problem+json');
        expect(result.body.errors).toHaveLength(expected.length);
        for (const [i, { field, message }] of expected.entries()) {
          expect(result.body.errors![i]!.field).toBe(field);
          expect(result.body.errors![i]!.message).toMatch(message);
        }
      }
      expect(await counts(org)).toEqual({ relations: 0, entries: 0 });
    });

    it('refuses an upload without any file', async () => {
      const org = await emptyOrganisation('No files');
      const result = await upload(org, {});
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.message).toMatch(/expected at least one of the files/);
    });
  });

  it('accepts semicolons, a byte order mark and CRLF line ends, as Flemish spreadsheets write them', async () => {
    const org = await emptyOrganisation('Spreadsheet');
    const semicolons = (text: string) => `\uFEFF${text.replace(/,/g, ';').replace(/\n/g, '\r\n')}`;
    const result = await upload(org, { stakeholders: semicolons(STAKEHOLDERS), relations: semicolons(RELATIONS), entries: semicolons(ENTRIES) });
    expect(result.status).toBe(201);
    expect(await counts(org)).toEqual({ relations: 1, entries: 2 });
    expect((await relations(org))[0]!.stakeholder.name).toBe('Hotel Zeezicht');
  });

  it('lets viewers export, audited with the token that did it, and only editors and owners import', async () => {
    const org = await emptyOrganisation('Roles');
    const viewer = await createApiToken(ctx, org.id, { name: 'v', role: 'viewer' });
    expect((await upload({ id: org.id, token: viewer.token }, { stakeholders: STAKEHOLDERS }, true)).status).toBe(403);
    expect((await new ApiClient(app, viewer.token).call('GET', `/organisations/${org.id}/exports/csv/stakeholders`)).status).toBe(200);
    expect((await new ApiClient(app, viewer.token).call('GET', `/organisations/${org.id}/exports/csv/ledger`)).status).toBe(400);
    const log = (await org.client.call<Page<{ action: string; actorTokenId: string | null; details: unknown }>>('GET', `/organisations/${org.id}/audit`)).body.items;
    expect(log.filter((e) => e.action === 'export.csv')).toMatchObject([{ actorTokenId: viewer.id, details: { kind: 'stakeholders', rows: 0 } }]);
  });
});
