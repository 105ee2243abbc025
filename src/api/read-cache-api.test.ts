import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { createUser } from '../app/setup.ts';
import { createApi } from './create-api.ts';
import type { Organisation, Overview, Stakeholder } from './schemas.ts';

const NOW = new Date('2026-06-30T09:00:00Z');

/**
 * The dashboard's readings are cached until the next write (app/read-cache.ts). That only pays
 * when reading writes nothing: signing a request in, by session or token, must leave the store's
 * change counter where it was.
 */
describe.each(DIALECTS)('reading through the API on %s', (dialect) => {
  let test: TestStore;
  let person: ApiClient;
  let token: ApiClient;
  let base: string;
  let account: string;

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => NOW);
    const app = createApi(ctx, { webRoot: null });
    await createUser(ctx, { displayName: 'Lotte Peeters', email: 'lotte@example.test', password: 'a long enough password' });
    person = await new ApiClient(app).signIn('lotte@example.test', 'a long enough password');
    const org = (await person.call<Organisation>('POST', '/organisations', { name: 'Weverij Lys' })).body;
    base = `/organisations/${org.id}`;
    const stakeholder = (
      await person.call<Stakeholder & { relation: { accounts: { received: string } } }>('POST', `${base}/stakeholders`, {
        name: 'Textielgroep Vlaanderen', category: 'customers', level: 'market', relation: { startedOn: '2025-01-01' },
      })
    ).body;
    account = stakeholder.relation.accounts.received;
    const created = await person.call<{ token: string }>('POST', `${base}/tokens`, { name: 'dashboard', role: 'viewer' });
    token = new ApiClient(app, created.body.token);
  });
  afterAll(() => test.close());

  it('writes nothing to answer a signed-in or token reading, so the cache stays valid', async () => {
    const paths = [`${base}/overview`, `${base}/relations`, `${base}/signals`, `${base}/trend`, `${base}/accounts/${account}/trend`];
    for (const client of [person, token]) await client.call('GET', paths[0]!);
    const before = test.store.changes.value;
    for (const client of [person, token]) {
      for (const path of paths) expect((await client.call('GET', path)).status).toBe(200);
    }
    expect(test.store.changes.value).toBe(before);
  });

  it('shows an entry recorded through the API in the next overview', async () => {
    const before = (await token.call<Overview>('GET', `${base}/overview`)).body;
    expect((await person.call('POST', `${base}/entries`, { accountId: account, foundation: 'result', amount: 4 })).status).toBe(201);
    const after = (await token.call<Overview>('GET', `${base}/overview`)).body;
    expect(after.received.total.balance).toBeCloseTo(before.received.total.balance + 4, 9);
  });
});
