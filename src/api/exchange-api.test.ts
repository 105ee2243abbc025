import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { DEMO_PASSWORD } from '../app/demo/demo-logins.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import { createUser } from '../app/setup.ts';
import { createApi } from './create-api.ts';

const TODAY = '2026-06-30';
const clock = () => new Date(`${TODAY}T10:00:00Z`);

/**
 * The exchange routes: the JSON export (owners only, audited), the import as a new organisation
 * on another server (the importer becomes its owner), and the journal as plain text for viewers.
 */
describe.each(DIALECTS)('exchange through the HTTP API on %s', (dialect) => {
  let source: TestStore;
  let target: TestStore;
  let base: string;
  let organisationId: string;
  let owner: ApiClient;
  let editor: ApiClient;
  let viewer: ApiClient;
  let newcomer: ApiClient;

  beforeAll(async () => {
    source = await openTestStore(dialect);
    target = await openTestStore(dialect);
    const ctx = createContext(source.store, clock);
    organisationId = (await loadDemo(ctx, { today: TODAY })).id;
    base = `/organisations/${organisationId}`;
    const app = createApi(ctx, { webRoot: null });
    owner = await new ApiClient(app).signIn('owner@lindenhof.example', DEMO_PASSWORD);
    editor = await new ApiClient(app).signIn('editor@lindenhof.example', DEMO_PASSWORD);
    viewer = await new ApiClient(app).signIn('viewer@lindenhof.example', DEMO_PASSWORD);
    const targetCtx = createContext(target.store, clock);
    await createUser(targetCtx, { email: 'nieuw@example.org', displayName: 'Nieuw', password: 'a long enough password' });
    newcomer = await new ApiClient(createApi(targetCtx, { webRoot: null })).signIn('nieuw@example.org', 'a long enough password');
  }, 120_000);
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('exports the organisation to its owner only, as an audited attachment', async () => {
    expect((await editor.call('GET', `${base}/export.json`)).status).toBe(403);
    const exported = await owner.call<{ format: string; entries: unknown[] }>('GET', `${base}/export.json`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="trust-ledger-${organisationId}.json"`);
    expect(exported.body.format).toBe('trust-ledger-organisation');
    const audit = await owner.call<{ items: { action: string }[] }>('GET', `${base}/audit`);
    expect(audit.body.items[0]!.action).toBe('export.json');
  });

  it('imports an export on another server, larger than the 1 MiB of other requests, with the importer as owner', async () => {
    const exported = (await owner.call('GET', `${base}/export.json`)).body;
    // Whitespace takes the body past the 1 MiB every other request is held to.
    const body = JSON.stringify(exported) + ' '.repeat(1024 * 1024);
    const created = await newcomer.call<{ id: string; role: string }>('POST', '/organisations/import', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: organisationId, role: 'owner' });
    const there = await newcomer.call('GET', `${base}/overview?asOf=${TODAY}`);
    const here = await owner.call('GET', `${base}/overview?asOf=${TODAY}`);
    expect(there.body).toEqual(here.body);
  });

  it('refuses an organisation the server already holds, and a faulty file with each fault named', async () => {
    const exported = (await owner.call<Record<string, unknown>>('GET', `${base}/export.json`)).body;
    expect((await owner.call('POST', '/organisations/import', exported)).status).toBe(409);
    const faulty = await newcomer.call<{ errors: { field: string }[] }>('POST', '/organisations/import', { ...exported, formatVersion: 99 });
    expect(faulty.status).toBe(400);
    expect(faulty.body.errors.map((e) => e.field)).toEqual(['formatVersion']);
  });

  it('gives viewers the journal as plain text, and audits it', async () => {
    const journal = await viewer.call<string>('GET', `${base}/export.journal`);
    expect(journal.status).toBe(200);
    expect(journal.type).toBe('text/plain; charset=UTF-8');
    expect(journal.body).toMatch(/^; Trust Ledger journal of Meubelmakerij Lindenhof\n/);
    const audit = await owner.call<{ items: { action: string; details: { parameterVersion?: number } }[] }>('GET', `${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'export.journal', details: { parameterVersion: 1 } });
  });
});
