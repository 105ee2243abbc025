import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore } from '../../test/support/stores.ts';

/**
 * Migrating beside another schema that holds Kysely's migration tables — another application in
 * the same database, or a test file running in parallel — creates and uses this schema's own.
 */
describe.skipIf(!DIALECTS.includes('postgres'))('migrating on PostgreSQL beside another schema', () => {
  it('keeps its migration tables in its own schema', async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const foreign = `other_app_${Math.random().toString(36).slice(2, 8)}`;
    try {
      await admin.query(`create schema ${foreign}`);
      await admin.query(`create table ${foreign}.kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)`);
      await admin.query(`create table ${foreign}.kysely_migration_lock (id varchar(255) primary key, is_locked integer not null default 0)`);
      await admin.query(`insert into ${foreign}.kysely_migration_lock values ('migration_lock', 0)`);
      const test = await openTestStore('postgres');
      try {
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(test.store.db);
        const tables = await test.store.db.introspection.getTables({ withInternalKyselyTables: true });
        const inOwnSchema = tables.filter((t) => t.schema === rows[0]!.schema).map((t) => t.name);
        expect(inOwnSchema).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', 'entries']));
      } finally {
        await test.close();
      }
    } finally {
      await admin.query(`drop schema if exists ${foreign} cascade`);
      await admin.end();
    }
  });
});
