import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore } from '../../test/support/stores.ts';
import type { Database } from './schema.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

/**
 * A PostgreSQL connection ended by the server — as a restart or an administrator does — must
 * neither end the process (node-postgres reports it as an 'error' event, which ends Node when
 * nobody listens) nor stay in the pool: the next query gets a new connection. Only this test's
 * own connections are terminated; the whole restart is test/reliability/postgres-restart.test.ts.
 */
describe.skipIf(!DIALECTS.includes('postgres'))('a PostgreSQL connection terminated by the server', () => {
  async function terminate(pids: readonly number[]): Promise<void> {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids]);
    } finally {
      await admin.end();
    }
  }
  const backendPid = async (db: Kysely<Database>) => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;

  it('is dropped from the pool while idle, and the next query reconnects', async () => {
    const test = await openTestStore('postgres');
    try {
      const before = await backendPid(test.store.db);
      await terminate([before]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = await backendPid(test.store.db);
      expect(after).not.toBe(before);
    } finally {
      await test.close();
    }
  });

  it('fails the transaction it was in with an error the API answers 503, and the process lives on', async () => {
    const test = await openTestStore('postgres');
    try {
      const failure = await test.store.db
        .transaction()
        .execute(async (trx) => {
          await terminate([await backendPid(trx)]);
          await sql`select pg_sleep(0.2)`.execute(trx);
        })
        .then(() => null, (error: unknown) => error);
      expect(failure).not.toBeNull();
      expect(isDatabaseUnavailable(failure)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await sql<{ one: number }>`select 1 as one`.execute(test.store.db)).rows[0]!.one).toBe(1);
    } finally {
      await test.close();
    }
  });
});
