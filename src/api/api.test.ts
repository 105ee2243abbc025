import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { ApiClient } from '../../test/support/api-client.ts';
import { createUser } from '../app/setup.ts';
import { createApi } from './create-api.ts';
import type { Account, Entry, LedgerLine, Organisation, Overview, Page, Problem, Relation, Stakeholder } from './schemas.ts';

const NOW = new Date('2026-06-30T09:00:00Z');

describe.each(DIALECTS)('HTTP API on %s', (dialect) => {
  let test: TestStore;
  let app: ReturnType<typeof createApi>;
  let client: ApiClient;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => NOW);
    app = createApi(ctx, { webRoot: null });
    await createUser(ctx, { displayName: 'Els Goossens', email: 'els@example.test', password: 'a long enough password' });
    client = await new ApiClient(app).signIn('els@example.test', 'a long enough password');
  });
  afterAll(() => test.close());

  const call = <T>(method: string, path: string, body?: unknown) => client.call<T>(method, path, body);

  async function setup() {
    const org = (await call<Organisation>('POST', '/organisations', { name: 'Brouwerij De Klok' })).body;
    const stakeholder = (
      await call<Stakeholder>('POST', `/organisations/${org.id}/stakeholders`, {
        name: 'Hotelgroep Zeezicht', category: 'customers', level: 'market', importance: 4, tags: ['horeca'],
      })
    ).body;
    const relation = (
      await call<{ id: string; accounts: { received: string; given: string } }>('POST', `/organisations/${org.id}/relations`, {
        stakeholderId: stakeholder.id, startedOn: '2025-01-01',
      })
    ).body;
    return { org, stakeholder, relation, base: `/organisations/${org.id}` };
  }

  function expectProblem(result: { status: number; type: string; body: unknown }, status: number, field?: string) {
    expect(result.status).toBe(status);
    expect(result.type).toContain('application/problem+json');
    const problem = result.body as Problem;
    expect(problem.status).toBe(status);
    expect(problem.title).toBeTruthy();
    if (field !== undefined) expect(problem.errors?.map((e) => e.field)).toContain(field);
  }

  it('answers health and readiness', async () => {
    expect((await app.request('/healthz')).status).toBe(200);
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: dialect });
  });

  it('describes every route in an OpenAPI 3.1 document and serves a local reference page', async () => {
    const doc = (await call<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('GET', '/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.filter((o) => !/auth|setup|invitations|members|tokens|audit|personal-data|erasure/.test(o)).sort()).toEqual(
      [
        'GET /organisations',
        'POST /organisations',
        'POST /organisations/import',
        'GET /organisations/{organisationId}/export.json',
        'GET /organisations/{organisationId}/export.journal',
        'GET /organisations/{organisationId}',
        'PATCH /organisations/{organisationId}',
        'GET /organisations/{organisationId}/overview',
        'GET /organisations/{organisationId}/stakeholders',
        'POST /organisations/{organisationId}/stakeholders',
        'GET /organisations/{organisationId}/stakeholders/{stakeholderId}',
        'PATCH /organisations/{organisationId}/stakeholders/{stakeholderId}',
        'POST /organisations/{organisationId}/stakeholders/{stakeholderId}/archive',
        'POST /organisations/{organisationId}/stakeholders/{stakeholderId}/restore',
        'GET /organisations/{organisationId}/relations',
        'POST /organisations/{organisationId}/relations',
        'GET /organisations/{organisationId}/relations/{relationId}',
        'GET /organisations/{organisationId}/accounts/{accountId}',
        'GET /organisations/{organisationId}/accounts/{accountId}/entries',
        'GET /organisations/{organisationId}/accounts/{accountId}/trend',
        'PUT /organisations/{organisationId}/accounts/{accountId}/phase-override',
        'GET /organisations/{organisationId}/trend',
        'GET /organisations/{organisationId}/parameters',
        'POST /organisations/{organisationId}/parameters',
        'GET /organisations/{organisationId}/signals',
        'POST /organisations/{organisationId}/signals/acknowledgements',
        'POST /organisations/{organisationId}/entries',
        'POST /organisations/{organisationId}/entries/{entryId}/reversal',
        'GET /organisations/{organisationId}/instruments',
        'POST /organisations/{organisationId}/instruments',
        'GET /organisations/{organisationId}/instruments/{instrumentId}',
        'POST /organisations/{organisationId}/instruments/{instrumentId}/versions',
        'GET /organisations/{organisationId}/scans',
        'POST /organisations/{organisationId}/scans',
        'GET /organisations/{organisationId}/scans/{scanId}',
        'PATCH /organisations/{organisationId}/scans/{scanId}',
        'POST /organisations/{organisationId}/scans/{scanId}/open',
        'POST /organisations/{organisationId}/scans/{scanId}/close',
        'POST /organisations/{organisationId}/scans/{scanId}/book',
        'POST /organisations/{organisationId}/scans/{scanId}/unbook',
        'GET /organisations/{organisationId}/scans/{scanId}/results',
        'GET /surveys/{token}',
        'POST /surveys/{token}/responses',
        'GET /organisations/{organisationId}/dilemmas',
        'POST /organisations/{organisationId}/dilemmas',
        'GET /organisations/{organisationId}/dilemmas/{dilemmaId}',
        'GET /organisations/{organisationId}/dilemmas/{dilemmaId}/simulation',
        'POST /organisations/{organisationId}/dilemmas/{dilemmaId}/decision',
        'GET /organisations/{organisationId}/dilemmas/{dilemmaId}/review',
        'GET /organisations/{organisationId}/influence-network',
        'PUT /organisations/{organisationId}/influence-network',
        'GET /organisations/{organisationId}/assessments',
        'POST /organisations/{organisationId}/assessments',
        'POST /organisations/{organisationId}/assessments/preview',
        'GET /organisations/{organisationId}/assessments/{assessmentId}',
        'POST /organisations/{organisationId}/assessments/{assessmentId}/review',
        'GET /organisations/{organisationId}/breaches',
        'POST /organisations/{organisationId}/breaches',
        'POST /organisations/{organisationId}/breaches/from-signal',
        'GET /organisations/{organisationId}/breaches/{breachId}',
        'PATCH /organisations/{organisationId}/breaches/{breachId}/plan',
        'POST /organisations/{organisationId}/breaches/{breachId}/repairs',
        'POST /organisations/{organisationId}/breaches/{breachId}/response',
        'POST /organisations/{organisationId}/breaches/{breachId}/status',
        'POST /organisations/{organisationId}/imports/csv',
        'GET /organisations/{organisationId}/exports/csv/{kind}',
        'GET /organisations/{organisationId}/control-measures',
        'GET /organisations/{organisationId}/relations/{relationId}/control-measures',
        'POST /organisations/{organisationId}/relations/{relationId}/control-measures',
        'PATCH /organisations/{organisationId}/relations/{relationId}/control-measures/{measureId}',
        'POST /organisations/{organisationId}/relations/{relationId}/control-measures/{measureId}/end',
        'GET /organisations/{organisationId}/statement',
      ].sort(),
    );
    const page = await app.request('/api/v1/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect((await app.request('/api/v1/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('documents every API route it answers in the OpenAPI document', async () => {
    const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>('GET', '/openapi.json')).body;
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    // Middleware is registered as ALL; the document and its reference page describe the API rather than belong to it.
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/') && !/^\/api\/v1\/(openapi\.json|docs)/.test(r.path))
      .map((r) => `${r.method} ${r.path.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}')}`);
    expect(served.length).toBeGreaterThan(50);
    expect(new Set(served)).toEqual(new Set(documented));
  });

  it('creates and reads organisations, stakeholders and relations', async () => {
    const { org, stakeholder, relation, base } = await setup();
    expect((await call<Organisation>('GET', base)).body.name).toBe('Brouwerij De Klok');
    const orgs = (await call<Page<Organisation>>('GET', '/organisations')).body;
    expect(orgs.items.map((o) => o.id)).toContain(org.id);
    expect(stakeholder).toMatchObject({ name: 'Hotelgroep Zeezicht', importance: 4, influence: 3, tags: ['horeca'] });
    expect((await call<Stakeholder>('GET', `${base}/stakeholders/${stakeholder.id}`)).body.id).toBe(stakeholder.id);
    expect((await call<Page<Stakeholder>>('GET', `${base}/stakeholders`)).body.items).toHaveLength(1);
    const read = (await call<Relation>('GET', `${base}/relations/${relation.id}`)).body;
    expect(read.stakeholder.name).toBe('Hotelgroep Zeezicht');
    expect(read.accounts.received.id).toBe(relation.accounts.received);
    expect(read.accounts.given.reading.trustLevel).toBe(50);
    expect(read.accounts.given.reading.band).toBe('uncertain');
    const list = (await call<Page<Relation>>('GET', `${base}/relations`)).body;
    expect(list.items.map((r) => r.id)).toEqual([relation.id]);
    expect(list.nextCursor).toBeNull();
  });

  it('renames an organisation and moves its time zone, refusing an unknown zone and writing nothing then', async () => {
    const { base } = await setup();
    const renamed = await call<Organisation>('PATCH', base, { name: 'Brouwerij De Klok & Zonen', timeZone: 'Europe/Amsterdam' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Brouwerij De Klok & Zonen', timeZone: 'Europe/Amsterdam' });
    expectProblem(await call('PATCH', base, { name: 'Nieuw', timeZone: 'Europe/Atlantis' }), 400, 'timeZone');
    expectProblem(await call('PATCH', base, {}), 400);
    expect((await call<Organisation>('GET', base)).body).toMatchObject({ name: 'Brouwerij De Klok & Zonen', timeZone: 'Europe/Amsterdam' });
    const log = (await call<{ items: { action: string; details: unknown }[] }>('GET', `${base}/audit`)).body.items;
    expect(log.find((e) => e.action === 'organisation.edit')?.details).toEqual({
      name: { from: 'Brouwerij De Klok', to: 'Brouwerij De Klok & Zonen' },
      timeZone: { from: 'Europe/Brussels', to: 'Europe/Amsterdam' },
    });
  });

  it('records an entry, reads the account, reverses the entry and refuses a second reversal', async () => {
    const { relation, base } = await setup();
    const accountId = relation.accounts.received;
    const deposit = await call<Entry>('POST', `${base}/entries`, { accountId, foundation: 'competence', amount: 3, note: 'Rush order delivered' });
    expect(deposit.status).toBe(201);
    expect(deposit.body).toMatchObject({ accountId, amount: 3, intent: null, source: 'manual', occurredOn: '2026-06-30', reverses: null });
    const account = (await call<Account>('GET', `${base}/accounts/${accountId}`)).body;
    expect(account.reading.trustLevel).toBeCloseTo(80, 9);
    expect(account.reading.legs.professional.r).toBeCloseTo(3, 9);
    const withdrawal = await call<Entry>('POST', `${base}/entries`, {
      accountId, foundation: 'honesty', amount: -2, intent: 'intentional', occurredOn: '2026-06-29',
    });
    expect(withdrawal.status).toBe(201);
    const reversal = await call<Entry>('POST', `${base}/entries/${withdrawal.body.id}/reversal`, { reason: 'Wrong customer' });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({ reverses: withdrawal.body.id, amount: 2, note: 'Wrong customer' });
    expect((await call<Account>('GET', `${base}/accounts/${accountId}`)).body.reading.trustLevel).toBeCloseTo(80, 9);
    expectProblem(await call('POST', `${base}/entries/${withdrawal.body.id}/reversal`, { reason: 'again' }), 409);
    expectProblem(await call('POST', `${base}/entries/${reversal.body.id}/reversal`, { reason: 'undo' }), 409);
    expectProblem(await call('POST', `${base}/entries/${deposit.body.id}/reversal`, {}), 400, 'reason');
    const ledger = (await call<Page<LedgerLine>>('GET', `${base}/accounts/${accountId}/entries?limit=2`)).body;
    expect(ledger.items).toHaveLength(2);
    expect(ledger.nextCursor).not.toBeNull();
    const rest = (await call<Page<LedgerLine>>('GET', `${base}/accounts/${accountId}/entries?limit=2&cursor=${ledger.nextCursor}`)).body;
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    const all = [...ledger.items, ...rest.items];
    expect(all.find((e) => e.id === withdrawal.body.id)?.reversedBy).toBe(reversal.body.id);
  });

  it('rejects bad entries with problem+json naming the field, and writes nothing', async () => {
    const { relation, base } = await setup();
    const accountId = relation.accounts.received;
    const good = { accountId, foundation: 'honesty', amount: 2 };
    const cases: [unknown, string][] = [
      [{ ...good, amount: 0 }, 'amount'],
      [{ ...good, amount: 6 }, 'amount'],
      [{ ...good, amount: 2.5 }, 'amount'],
      [{ ...good, amount: '2' }, 'amount'],
      [{ ...good, foundation: 'loyalty' }, 'foundation'],
      [{ ...good, occurredOn: '2026-07-01' }, 'occurredOn'],
      [{ ...good, occurredOn: '30/06/2026' }, 'occurredOn'],
      [{ ...good, occurredOn: '2026-02-30' }, 'occurredOn'],
      [{ ...good, amount: -2 }, 'intent'],
      [{ ...good, intent: 'intentional' }, 'intent'],
      [{ ...good, intent: 'accidental', amount: -1 }, 'intent'],
      [{ foundation: 'honesty', amount: 2 }, 'accountId'],
      [{ accountId, amount: 2 }, 'foundation'],
      [{ accountId, foundation: 'honesty' }, 'amount'],
    ];
    for (const [body, field] of cases) {
      const result = await call<Problem>('POST', `${base}/entries`, body);
      expectProblem(result, 400, field);
    }
    const missing = await call<Problem>('POST', `${base}/entries`, { foundation: 'honesty', amount: 2 });
    expect(missing.body.errors?.find((e) => e.field === 'accountId')?.message).toBe('is required');
    expectProblem(await call('POST', `${base}/entries`, '{"accountId": '), 400);
    expectProblem(await call('POST', `${base}/entries`, { ...good, accountId: 'no-such-account' }), 404);
    const ledger = (await call<Page<Entry>>('GET', `${base}/accounts/${accountId}/entries`)).body;
    expect(ledger.items).toEqual([]);
    expect((await call<Account>('GET', `${base}/accounts/${accountId}`)).body.reading.r).toBe(0);
  });

  it('rejects other bad input and answers 404 for unknown ids, writing nothing', async () => {
    const { stakeholder, relation, base } = await setup();
    const organisationsBefore = (await call<Page<Organisation>>('GET', '/organisations')).body.items.length;
    expectProblem(await call('POST', '/organisations', {}), 400, 'name');
    expectProblem(await call('POST', '/organisations', { name: '   ' }), 400, 'name');
    expectProblem(await call('POST', `${base}/stakeholders`, { name: 'X', category: 'Customers!', level: 'market' }), 400, 'category');
    expectProblem(await call('POST', `${base}/stakeholders`, { name: 'X', category: 'customers', level: 'galactic' }), 400, 'level');
    expectProblem(await call('POST', `${base}/stakeholders`, { name: 'X', category: 'customers', level: 'market', importance: 9 }), 400, 'importance');
    expectProblem(await call('POST', `${base}/relations`, { stakeholderId: stakeholder.id, startedOn: '2030-01-01' }), 400, 'startedOn');
    expectProblem(await call('GET', `${base}/accounts/${relation.accounts.given}?asOf=yesterday`), 400, 'asOf');
    expectProblem(await call('GET', `${base}/stakeholders?limit=0`), 400, 'limit');
    expectProblem(await call('GET', `${base}/accounts/${relation.accounts.given}/entries?cursor=xyz`), 400, 'cursor');
    expectProblem(await call('GET', '/organisations/nope'), 404);
    expectProblem(await call('GET', '/organisations/nope/overview'), 404);
    expectProblem(await call('GET', `${base}/stakeholders/nope`), 404);
    expectProblem(await call('GET', `${base}/relations/nope`), 404);
    expectProblem(await call('GET', `${base}/accounts/nope`), 404);
    expectProblem(await call('GET', `${base}/accounts/nope/entries`), 404);
    expectProblem(await call('POST', `${base}/relations`, { stakeholderId: 'nope' }), 404);
    expectProblem(await call('POST', `${base}/entries/nope/reversal`, { reason: 'x' }), 404);
    expectProblem(await call('GET', '/no-such-route'), 404);
    expect((await call<Page<Organisation>>('GET', '/organisations')).body.items).toHaveLength(organisationsBefore);
    expect((await call<Page<Stakeholder>>('GET', `${base}/stakeholders`)).body.items.map((s) => s.id)).toEqual([stakeholder.id]);
    expect((await call<Page<Relation>>('GET', `${base}/relations`)).body.items.map((r) => r.id)).toEqual([relation.id]);
    const other = (await call<Organisation>('POST', '/organisations', { name: 'Another' })).body;
    expectProblem(await call('GET', `/organisations/${other.id}/accounts/${relation.accounts.given}`), 404);
    expectProblem(await call('POST', `/organisations/${other.id}/relations`, { stakeholderId: stakeholder.id }), 404);
    expect((await call<Page<Stakeholder>>('GET', `/organisations/${other.id}/stakeholders`)).body.items).toEqual([]);
  });

  it('refuses a body over the size limit', async () => {
    const { relation, base } = await setup();
    const huge = { accountId: relation.accounts.given, foundation: 'honesty', amount: 1, note: 'x'.repeat(2 * 1024 * 1024) };
    expectProblem(await call('POST', `${base}/entries`, huge), 413);
  });

  it('gives the organisation overview per level and category', async () => {
    const { relation, base } = await setup();
    await call('POST', `${base}/entries`, { accountId: relation.accounts.received, foundation: 'result', amount: 3 });
    const overview = (await call<Overview>('GET', `${base}/overview`)).body;
    expect(overview).toMatchObject({ asOf: '2026-06-30', parameterVersion: 1, stakeholders: 1, relations: 1 });
    expect(overview.received.total.trustLevel).toBeCloseTo(80, 9);
    expect(overview.received.byLevel.market?.accounts).toBe(1);
    expect(overview.received.byCategory.customers?.weightedBalance).toBeCloseTo(12, 9);
    expect(overview.given.total.trustLevel).toBe(50);
    const earlier = (await call<Overview>('GET', `${base}/overview?asOf=2026-01-01`)).body;
    expect(earlier.received.total.trustLevel).toBe(50);
  });
});
