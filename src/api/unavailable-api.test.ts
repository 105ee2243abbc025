import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../app/api-tokens.ts';
import { createContext } from '../app/context.ts';
import { ValidationError } from '../app/errors.ts';
import { createOrganisation } from '../app/organisations.ts';
import { addStakeholder } from '../app/stakeholders.ts';
import { openStore } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { isDatabaseUnavailable } from '../store/unavailable.ts';
import { createApi } from './create-api.ts';

/** Nothing listens on port 1: every connection is refused, as while a server restarts. */
const UNREACHABLE = 'postgres://trust@127.0.0.1:1/trust';
const root = mkdtempSync(join(tmpdir(), 'trust-ledger-unavailable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('telling an unreachable database from a failure', () => {
  it('knows the errors of a refused connection, a restart and a locked SQLite file, and nothing else', async () => {
    const refused = await new pg.Client({ connectionString: UNREACHABLE }).connect().then(() => null, (error: unknown) => error);
    expect(isDatabaseUnavailable(refused)).toBe(true);

    const file = join(root, 'locked.sqlite');
    const holder = new SQLite(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('create table t (x); begin immediate; insert into t values (1)');
    const other = new SQLite(file, { timeout: 0 });
    let busy: unknown = null;
    try {
      other.exec('insert into t values (2)');
    } catch (error) {
      busy = error;
    }
    holder.exec('rollback');
    other.close();
    holder.close();
    expect((busy as { code: string }).code).toBe('SQLITE_BUSY');
    expect(isDatabaseUnavailable(busy)).toBe(true);

    // node-postgres' own words, and the server's SQLSTATEs for a restart and for starting up.
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('rollback failed', { cause: new Error('Connection terminated') }))).toBe(true);

    expect(isDatabaseUnavailable(Object.assign(new Error('syntax error at or near "selec"'), { code: '42601' }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false);
    expect(isDatabaseUnavailable(new ValidationError([{ field: 'amount', message: 'must be 1…5' }]))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
  });
});

describe('the API while the database cannot be reached', () => {
  it('answers 503 problem+json with Retry-After on PostgreSQL that refuses connections, and stays up', async () => {
    const store = openStore({ kind: 'postgres', url: UNREACHABLE });
    const app = createApi(createContext(store), { webRoot: null });
    try {
      const ready = await app.request('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.headers.get('retry-after')).toBe('5');
      expect(((await ready.json()) as { type: string }).type).toMatch(/not-ready$/);

      const headers = { authorization: 'Bearer tl_anything', 'content-type': 'application/json' };
      for (const [method, path, body] of [
        ['GET', '/api/v1/organisations', undefined],
        ['POST', '/api/v1/organisations/0190f1a2-0000-7000-8000-000000000000/entries', JSON.stringify({ accountId: 'x', foundation: 'honesty', amount: 2 })],
      ] as const) {
        const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
        expect(response.status, `${method} ${path}`).toBe(503);
        expect(response.headers.get('content-type')).toContain('application/problem+json');
        expect(response.headers.get('retry-after')).toBe('5');
        const problem = (await response.json()) as { type: string; status: number; detail: string };
        expect(problem.type).toMatch(/database-unavailable$/);
        expect(problem.status).toBe(503);
        expect(problem.detail).toMatch(/may or may not have been saved/);
      }
      expect((await app.request('/healthz')).status).toBe(200);
    } finally {
      await store.db.destroy();
    }
  });

  it('answers 503 on SQLite when another process holds the write lock past the busy timeout', async () => {
    const file = join(root, 'busy.sqlite');
    const store = openStore({ kind: 'sqlite', file });
    try {
      await migrateToLatest(store.db);
      const ctx = createContext(store);
      const organisation = await createOrganisation(ctx, { name: 'Brouwerij De Klok' });
      const stakeholder = await addStakeholder(ctx, organisation.id, { name: 'Hotel Zeezicht', category: 'customers', level: 'market', relation: {} });
      const { token } = await createApiToken(ctx, organisation.id, { name: 'writer', role: 'editor' });
      const app = createApi(ctx, { webRoot: null });
      const record = () =>
        app.request(`/api/v1/organisations/${organisation.id}/entries`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ accountId: stakeholder.relation!.accounts.received, foundation: 'competence', amount: 2 }),
        });

      // Another connection, as a long import in another process would, holds the write lock.
      const importer = new SQLite(file);
      importer.exec('begin immediate');
      const locked = await record();
      importer.exec('rollback');
      importer.close();
      expect(locked.status).toBe(503);
      expect(((await locked.json()) as { type: string }).type).toMatch(/database-unavailable$/);
      // Nothing half-written; the next try goes through.
      expect((await record()).status).toBe(201);
      const { n } = await store.db.selectFrom('entries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(n)).toBe(1);
    } finally {
      await store.db.destroy();
    }
  });
});
