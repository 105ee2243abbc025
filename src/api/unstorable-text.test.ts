import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { createUser } from '../app/setup.ts';
import { createApi } from './create-api.ts';
import type { Organisation } from './schemas.ts';

/**
 * Found by the fuzzer (test/reliability/fuzz.test.ts): a NUL character in a path parameter made
 * PostgreSQL refuse the query, and the API answered 500. It is the request's fault: 400 or 404.
 */
describe.each(DIALECTS)('text the database cannot hold, on %s', (dialect) => {
  let test: TestStore;
  let client: ApiClient;
  let base: string;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => new Date('2026-06-30T09:00:00Z'));
    const app = createApi(ctx, { webRoot: null });
    await createUser(ctx, { displayName: 'Els Goossens', email: 'els@example.test', password: 'a long enough password' });
    client = await new ApiClient(app).signIn('els@example.test', 'a long enough password');
    const org = (await client.call<Organisation>('POST', '/organisations', { name: 'Brouwerij De Klok' })).body;
    base = `/organisations/${org.id}`;
  });
  afterAll(() => test.close());

  it('answers a NUL in a path parameter as a problem, not a crash', async () => {
    for (const path of [`${base}/stakeholders/%00/personal-data`, `${base}/stakeholders/a%00b`]) {
      const result = await client.call('GET', path);
      expect([400, 404], path).toContain(result.status);
      expect(result.type).toContain('application/problem+json');
    }
  });
});
