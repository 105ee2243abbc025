import pg from 'pg';
import { migrateToLatest } from '../../src/store/migrate.ts';
import { openStore, type Dialect, type Store } from '../../src/store/connect.ts';

/**
 * The databases every storage and API test runs on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL points at a reachable server. A missing server is said out loud, once per
 * test file, never skipped in silence.
 */
async function reachablePostgres(): Promise<string | null> {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) {
    console.warn('[tests] TEST_DATABASE_URL is not set: PostgreSQL variants of the storage and API tests are skipped.');
    return null;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return url;
  } catch (error) {
    console.warn(`[tests] PostgreSQL at TEST_DATABASE_URL is unreachable (${String(error)}): its variants are skipped.`);
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresUrl = await reachablePostgres();

export const DIALECTS: readonly Dialect[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore {
  readonly store: Store;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database: an in-memory SQLite, or a schema of its own on PostgreSQL so that
 * test files running in parallel never see each other's rows.
 */
export async function openTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const store = openStore({ kind: 'sqlite', file: ':memory:' });
    await migrateToLatest(store.db);
    return { store, close: () => store.db.destroy() };
  }
  const url = postgresUrl!;
  const schema = `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = openStore({ kind: 'postgres', url, searchPath: schema });
  await migrateToLatest(store.db);
  return {
    store,
    async close() {
      await store.db.destroy();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
