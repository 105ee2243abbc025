import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { changesReadings } from './change-counter.ts';
import { openStore } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

describe.each(DIALECTS)('the change counter on %s', (dialect) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await openTestStore(dialect);
  });
  afterAll(() => test.close());

  const organisation = { organisation_id: 'org-1', name: 'Counted', created_at: '2026-01-01T00:00:00Z' };

  async function grows(run: () => Promise<unknown>): Promise<number> {
    const before = test.store.changes.value;
    await run();
    return test.store.changes.value - before;
  }

  it('stays put for reads and grows after a write that a reading could show', async () => {
    const { db } = test.store;
    expect(await grows(() => db.selectFrom('organisations').selectAll().execute())).toBe(0);
    expect(await grows(() => db.insertInto('organisations').values({ id: 'org-1', ...organisation }).execute())).toBe(1);
    expect(await grows(() => db.updateTable('organisations').set({ name: 'Renamed' }).where('id', '=', 'org-1').execute())).toBe(1);
  });

  it('leaves out writes to sign-in and audit tables, and counts raw SQL as a write', async () => {
    const { db } = test.store;
    const session = { id: 's-1', token_hash: 'h', user_id: 'u-1', created_at: 'now', expires_at: 'later' };
    await db.insertInto('users').values({ id: 'u-1', email: 'a@example.org', display_name: 'A', created_at: 'now', password_hash: null }).execute();
    expect(await grows(() => db.insertInto('sessions').values(session).execute())).toBe(0);
    expect(await grows(() => db.deleteFrom('sessions').where('id', '=', 's-1').execute())).toBe(0);
    expect(await grows(() => sql`select 1`.execute(db))).toBe(1);
  });

  it('grows again once a transaction commits, after its rows are visible to every connection', async () => {
    const { db } = test.store;
    let insideAfterWrite = 0;
    const total = await grows(() =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('organisations').values({ id: 'org-2', ...organisation, organisation_id: 'org-2' }).execute();
        insideAfterWrite = test.store.changes.value;
      }),
    );
    expect(total).toBe(2);
    expect(test.store.changes.value).toBe(insideAfterWrite + 1);
  });

  it('does not count a write that failed', async () => {
    const { db } = test.store;
    expect(await grows(() => db.insertInto('organisations').values({ id: 'org-1', ...organisation }).execute().catch(() => undefined))).toBe(0);
  });

  it('sees a write hidden in a common table expression of a select', () => {
    const { db } = test.store;
    const deleting = (table: 'entries' | 'sessions') =>
      db
        .with('removed', (q) => q.deleteFrom(table).where('id', '=', 'x').returning('id'))
        .selectFrom('removed')
        .selectAll()
        .toOperationNode();
    expect(changesReadings(deleting('entries'))).toBe(true);
    expect(changesReadings(deleting('sessions'))).toBe(false);
  });
});

describe('the change counter of an SQLite file', () => {
  it('grows when another connection, as another process has, commits to the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trust-ledger-counter-'));
    const server = openStore({ kind: 'sqlite', file: join(dir, 'ledger.sqlite') });
    const commandLine = openStore({ kind: 'sqlite', file: join(dir, 'ledger.sqlite') });
    try {
      await migrateToLatest(server.db);
      const before = server.changes.value;
      expect(server.changes.value).toBe(before);
      await commandLine.db.insertInto('organisations').values({ id: 'o', organisation_id: 'o', name: 'Elsewhere', created_at: 'now' }).execute();
      expect(server.changes.value).toBeGreaterThan(before);
    } finally {
      await server.db.destroy();
      await commandLine.db.destroy();
      rmSync(dir, { recursive: true });
    }
  });
});
