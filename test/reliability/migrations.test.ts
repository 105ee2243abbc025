import pg from 'pg';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { listEntries } from '../../src/app/list-entries.ts';
import { getAccount } from '../../src/app/read-accounts.ts';
import { recomputeAccounts } from '../../src/app/recompute.ts';
import { readAccount } from '../../src/domain/account-reading.ts';
import { evidenceByFoundation } from '../../src/domain/evidence.ts';
import type { LedgerEntry } from '../../src/domain/ledger-entry.ts';
import { baseRateFor, DEFAULT_PARAMETERS } from '../../src/domain/parameters.ts';
import { accumulate, reversalContribution, scaledContribution, type ScaledContribution } from '../../src/domain/scaled-sums.ts';
import { DIMENSIONS, FOUNDATIONS, INTENTS } from '../../src/domain/vocabulary.ts';
import { openStore, type Dialect, type Store } from '../../src/store/connect.ts';
import { migratorFor } from '../../src/store/migrate.ts';
import { DIALECTS } from '../support/stores.ts';

/**
 * Issue #11, suite 6: a database written by the first release (migration 0001-ledger only), with
 * rows in that release's shape, is migrated to the latest schema, and the app then reads every
 * account exactly as the pure domain computes it from the same entries, loses no entry, and a
 * second migration changes nothing.
 */
const AS_OF = '2026-06-30';
const CREATED = '2024-01-01T00:00:00.000Z';

/** A fresh database with no schema at all: in-memory SQLite, or an empty PostgreSQL schema of its own. */
async function openEmptyStore(dialect: Dialect): Promise<{ store: Store; close(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const store = openStore({ kind: 'sqlite', file: ':memory:' });
    return { store, close: () => store.db.destroy() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `migr_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = openStore({ kind: 'postgres', url, searchPath: schema });
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

/** A deterministic sequence, so the data set is the same on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

interface SeedEntry extends LedgerEntry {
  readonly accountId: string;
}

interface Seeded {
  organisationId: string;
  accounts: { id: string; category: string }[];
  entries: SeedEntry[];
}

/** Writes the first release's rows straight into its tables, running sums included. */
async function seedFirstRelease(db: Kysely<unknown>): Promise<Seeded> {
  // The 0001 tables, typed loosely: the app's Database type describes the latest schema.
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const organisationId = 'org-0001';
  await raw.insertInto('organisations').values({ id: organisationId, organisation_id: organisationId, name: 'Brouwerij De Klok', created_at: CREATED }).execute();
  await raw.insertInto('users').values({ id: 'user-1', email: 'els@example.test', display_name: 'Els Goossens', created_at: CREATED }).execute();
  await raw.insertInto('memberships').values({ organisation_id: organisationId, user_id: 'user-1', role: 'owner', created_at: CREATED }).execute();
  await raw.insertInto('parameter_versions').values({ organisation_id: organisationId, version: 1, parameters: JSON.stringify(DEFAULT_PARAMETERS), note: 'defaults', created_at: CREATED }).execute();
  const accounts: Seeded['accounts'] = [];
  for (const [i, category] of (['customers', 'employees'] as const).entries()) {
    const stakeholderId = `stakeholder-${i + 1}`;
    const relationId = `relation-${i + 1}`;
    await raw.insertInto('stakeholders').values({
      id: stakeholderId, organisation_id: organisationId, name: `Stakeholder ${i + 1}`, category, level: 'market',
      importance: 3, influence: 3, interest: 3, vulnerability: 2, tags: JSON.stringify(['first-release']), created_at: CREATED,
    }).execute();
    await raw.insertInto('relations').values({
      id: relationId, organisation_id: organisationId, stakeholder_id: stakeholderId, owner_user_id: 'user-1',
      started_on: '2024-01-01', scope: 'relationship', cadence_days: 90, created_at: CREATED,
    }).execute();
    for (const direction of ['received', 'given'] as const) {
      const id = `account-${i + 1}-${direction}`;
      await raw.insertInto('accounts').values({ id, organisation_id: organisationId, relation_id: relationId, direction }).execute();
      accounts.push({ id, category });
    }
  }
  const random = sequence(11);
  const entries: SeedEntry[] = [];
  for (let n = 0; n < 40; n++) {
    const accountId = accounts[n % accounts.length]!.id;
    const magnitude = 1 + Math.floor(random() * 5);
    const amount = random() < 0.3 ? -magnitude : magnitude;
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 880) * 86_400_000).toISOString().slice(0, 10);
    entries.push({
      id: `entry-${String(n).padStart(2, '0')}`, accountId, occurredOn: day, amount,
      foundation: FOUNDATIONS[Math.floor(random() * FOUNDATIONS.length)]!,
      intent: amount < 0 ? INTENTS[Math.floor(random() * INTENTS.length)]! : null, reverses: null,
    });
  }
  // Two reversals: of a withdrawal and of a deposit, booked as the app books them.
  for (const original of [entries.find((e) => e.amount < 0)!, entries.find((e) => e.amount > 0)!]) {
    entries.push({ ...original, id: `reversal-of-${original.id}`, amount: -original.amount, reverses: original.id });
  }
  await raw.insertInto('entries').values(entries.map((e) => ({
    id: e.id, organisation_id: organisationId, account_id: e.accountId, occurred_on: e.occurredOn, recorded_at: CREATED,
    author_user_id: 'user-1', foundation: e.foundation, amount: e.amount, intent: e.intent, note: `note ${e.id}`, source: 'manual',
    reverses_entry_id: e.reverses,
  }))).execute();
  // Running sums, as the first release kept them: each entry's scaled weight, a reversal taking its original's back out.
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const account of accounts) {
    const contributions: ScaledContribution[] = entries.filter((e) => e.accountId === account.id).map((e) =>
      e.reverses === null ? scaledContribution(e, DEFAULT_PARAMETERS) : reversalContribution(byId.get(e.reverses)!, DEFAULT_PARAMETERS));
    const sums = accumulate([], contributions);
    if (sums.length === 0) continue;
    await raw.insertInto('account_sums').values(sums.map((s) => ({
      organisation_id: organisationId, account_id: account.id, parameter_version: 1, foundation: s.foundation, sign: s.sign,
      scaled_sum: s.scaledSum, latest_occurred_on: s.latestOccurredOn,
    }))).execute();
  }
  return { organisationId, accounts, entries };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe.each(DIALECTS)('migrating a first-release database on %s', (dialect) => {
  let opened: Awaited<ReturnType<typeof openEmptyStore>>;
  let ctx: AppContext;
  let seeded: Seeded;

  beforeAll(async () => {
    opened = await openEmptyStore(dialect);
    const migrator = await migratorFor(opened.store.db);
    const first = await migrator.migrateTo('0001-ledger');
    expect(first.error).toBeUndefined();
    expect(first.results?.map((r) => r.migrationName)).toEqual(['0001-ledger']);
    seeded = await seedFirstRelease(opened.store.db as unknown as Kysely<unknown>);
    const latest = await migrator.migrateToLatest();
    expect(latest.error).toBeUndefined();
    expect(latest.results?.every((r) => r.status === 'Success')).toBe(true);
    console.info(`[migrations ${dialect}] 0001-ledger → ${latest.results?.at(-1)?.migrationName}: ${latest.results?.length} migrations over ${seeded.entries.length} entries`);
    ctx = createContext(opened.store, () => new Date(`${AS_OF}T09:00:00Z`));
  });
  afterAll(() => opened.close());

  it("reads every account as the domain computes it from the same entries, and keeps every entry", async () => {
    const recomputed = await recomputeAccounts(ctx, seeded.organisationId, { asOf: AS_OF });
    expect(recomputed.accounts.map((a) => a.id).sort()).toEqual(seeded.accounts.map((a) => a.id).sort());
    for (const account of seeded.accounts) {
      const own = seeded.entries.filter((e) => e.accountId === account.id);
      const expected = readAccount(evidenceByFoundation(own, AS_OF, DEFAULT_PARAMETERS), AS_OF, DEFAULT_PARAMETERS, baseRateFor(DEFAULT_PARAMETERS, account.category));
      const view = await getAccount(ctx, seeded.organisationId, account.id, { asOf: AS_OF });
      const label = `${dialect} ${account.id}`;
      for (const key of ['r', 's', 'balance', 'trustLevel', 'belief', 'disbelief', 'uncertainty'] as const) {
        expect(close(view.reading[key], expected[key]), `${label} getAccount ${key}: ${view.reading[key]} vs ${expected[key]}`).toBe(true);
      }
      expect(view.reading.band, label).toBe(expected.band);
      for (const d of DIMENSIONS) {
        expect(close(view.reading.legs[d].trustLevel, expected.legs[d].trustLevel), `${label} leg ${d}`).toBe(true);
        expect(close(view.reading.legs[d].r, expected.legs[d].r) && close(view.reading.legs[d].s, expected.legs[d].s), `${label} leg ${d} r/s`).toBe(true);
      }
      const i = recomputed.accounts.findIndex((a) => a.id === account.id);
      const { figures } = recomputed;
      expect(close(figures.r[i]!, expected.r) && close(figures.s[i]!, expected.s), `${label} recompute r/s`).toBe(true);
      expect(close(figures.trustLevel[i]!, expected.trustLevel), `${label} recompute T ${figures.trustLevel[i]} vs ${expected.trustLevel}`).toBe(true);
      for (const [d, dimension] of DIMENSIONS.entries()) {
        expect(close(figures.legTrustLevel[i * 3 + d]!, expected.legs[dimension].trustLevel), `${label} recompute leg ${dimension}`).toBe(true);
      }
      const listed = await listEntries(ctx, seeded.organisationId, account.id, { limit: 100 });
      expect(listed.nextCursor).toBeNull();
      expect(listed.entries.map((e) => e.id).sort(), label).toEqual(own.map((e) => e.id).sort());
      for (const entry of listed.entries) {
        const original = own.find((e) => e.id === entry.id)!;
        expect({ amount: entry.amount, occurredOn: entry.occurredOn, foundation: entry.foundation, intent: entry.intent, reverses: entry.reverses }, `${label} ${entry.id}`)
          .toEqual({ amount: original.amount, occurredOn: original.occurredOn, foundation: original.foundation, intent: original.intent, reverses: original.reverses });
      }
      console.info(`[migrations ${dialect}] ${account.id}: ${own.length} entries, r ${expected.r.toFixed(6)}, s ${expected.s.toFixed(6)}, T ${expected.trustLevel.toFixed(4)} (${expected.band}), legs ${DIMENSIONS.map((d) => expected.legs[d].trustLevel.toFixed(2)).join('/')} — getAccount, recomputeAccounts and listEntries agree`);
    }
  });

  it('migrating again changes nothing', async () => {
    const again = await (await migratorFor(opened.store.db)).migrateToLatest();
    expect(again.error).toBeUndefined();
    expect(again.results).toEqual([]);
  });
});
