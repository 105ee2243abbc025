import { sql, type Kysely, type Selectable } from 'kysely';
import type { LedgerEntry } from '../domain/ledger-entry.ts';
import type { ScaledContribution, ScaledSum } from '../domain/scaled-sums.ts';
import type { Foundation, Intent, Source } from '../domain/vocabulary.ts';
import type { Database, EntryTable } from './schema.ts';

export interface EntryRecord extends LedgerEntry {
  readonly organisationId: string;
  readonly accountId: string;
  readonly recordedAt: string;
  readonly authorUserId: string | null;
  readonly note: string;
  readonly source: Source;
}

function fromRow(row: Selectable<EntryTable>): EntryRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    accountId: row.account_id,
    occurredOn: row.occurred_on,
    recordedAt: row.recorded_at,
    authorUserId: row.author_user_id,
    foundation: row.foundation as Foundation,
    amount: row.amount,
    intent: row.intent as Intent | null,
    note: row.note,
    source: row.source as Source,
    reverses: row.reverses_entry_id,
  };
}

/**
 * Rows per INSERT: twelve bound values each stays far below SQLite's limit of 32,766 variables
 * per statement, and PostgreSQL's 65,535.
 */
const ROWS_PER_INSERT = 1_000;

/** Appends entries to the ledger. There is deliberately no update and no delete. */
export async function appendEntries(db: Kysely<Database>, entries: readonly EntryRecord[]): Promise<void> {
  for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
    await insertRows(db, entries.slice(start, start + ROWS_PER_INSERT));
  }
}

async function insertRows(db: Kysely<Database>, entries: readonly EntryRecord[]): Promise<void> {
  await db
    .insertInto('entries')
    .values(
      entries.map((e) => ({
        id: e.id,
        organisation_id: e.organisationId,
        account_id: e.accountId,
        occurred_on: e.occurredOn,
        recorded_at: e.recordedAt,
        author_user_id: e.authorUserId,
        foundation: e.foundation,
        amount: e.amount,
        intent: e.intent,
        note: e.note,
        source: e.source,
        reverses_entry_id: e.reverses,
      })),
    )
    .execute();
}

export async function findEntry(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<EntryRecord | undefined> {
  const row = await db
    .selectFrom('entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** The entry that reverses `id`, if any. */
export async function findReversalOf(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<EntryRecord | undefined> {
  const row = await db
    .selectFrom('entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('reverses_entry_id', '=', id)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Every entry of an account in date order: the input of the batch computation. */
export async function accountEntries(
  db: Kysely<Database>,
  organisationId: string,
  accountId: string,
): Promise<EntryRecord[]> {
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('account_id', '=', accountId)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/** Position of the last entry a page ended on, newest first: `occurredOn` then `id`. */
export interface EntryCursor {
  readonly occurredOn: string;
  readonly id: string;
}

/** One page of an account's ledger, newest first, each entry with the id of its reversal. */
export async function pageOfEntries(
  db: Kysely<Database>,
  organisationId: string,
  accountId: string,
  limit: number,
  after: EntryCursor | null,
): Promise<(EntryRecord & { reversedBy: string | null })[]> {
  let query = db
    .selectFrom('entries')
    .selectAll('entries')
    .select((eb) =>
      eb
        .selectFrom('entries as reversal')
        .select('reversal.id')
        // The tenant key in the correlation too, so the subquery stays on the organisation's shard.
        .whereRef('reversal.organisation_id', '=', 'entries.organisation_id')
        .whereRef('reversal.reverses_entry_id', '=', 'entries.id')
        .as('reversed_by'),
    )
    .where('entries.organisation_id', '=', organisationId)
    .where('entries.account_id', '=', accountId);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('entries.occurred_on', '<', after.occurredOn),
        eb.and([eb('entries.occurred_on', '=', after.occurredOn), eb('entries.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy('entries.occurred_on', 'desc').orderBy('entries.id', 'desc').limit(limit).execute();
  return rows.map((row) => ({ ...fromRow(row), reversedBy: row.reversed_by ?? null }));
}

/** Adds contributions to the running sums of an account under one parameter version. */
export async function addToSums(
  db: Kysely<Database>,
  organisationId: string,
  accountId: string,
  parameterVersion: number,
  contributions: readonly ScaledContribution[],
): Promise<void> {
  for (const c of contributions) {
    await db
      .insertInto('account_sums')
      .values({
        organisation_id: organisationId,
        account_id: accountId,
        parameter_version: parameterVersion,
        foundation: c.foundation,
        sign: c.sign,
        scaled_sum: c.scaledWeight,
        latest_occurred_on: c.occurredOn,
      })
      .onConflict((oc) =>
        oc.columns(['account_id', 'parameter_version', 'foundation', 'sign']).doUpdateSet({
          scaled_sum: sql<number>`account_sums.scaled_sum + excluded.scaled_sum`,
          // max() on SQLite, greatest() on PostgreSQL: a CASE reads the same on both.
          latest_occurred_on: sql<string>`case when excluded.latest_occurred_on > account_sums.latest_occurred_on
            then excluded.latest_occurred_on else account_sums.latest_occurred_on end`,
        }),
      )
      .execute();
  }
}

/** The running sums of every account of an organisation, grouped by account id. */
export async function sumsByAccount(
  db: Kysely<Database>,
  organisationId: string,
  parameterVersion: number,
  accountIds?: readonly string[],
): Promise<Map<string, ScaledSum[]>> {
  const result = new Map<string, ScaledSum[]>();
  if (accountIds?.length === 0) return result;
  let query = db
    .selectFrom('account_sums')
    .select(['account_id', 'foundation', 'sign', 'scaled_sum', 'latest_occurred_on'])
    .where('organisation_id', '=', organisationId)
    .where('parameter_version', '=', parameterVersion);
  if (accountIds !== undefined) query = query.where('account_id', 'in', accountIds);
  for (const row of await query.execute()) {
    const sums = result.get(row.account_id) ?? [];
    sums.push({
      foundation: row.foundation as Foundation,
      sign: row.sign as ScaledSum['sign'],
      // pg returns double precision as number; guard anyway against drivers that return text.
      scaledSum: Number(row.scaled_sum),
      latestOccurredOn: row.latest_occurred_on,
    });
    result.set(row.account_id, sums);
  }
  return result;
}

/**
 * Entries of an organisation in date order, optionally only those that occurred within
 * [since, until]. A reversal shares its original's date, so a window never splits a pair.
 */
export async function organisationEntries(
  db: Kysely<Database>,
  organisationId: string,
  window: { since?: string; until?: string } = {},
): Promise<EntryRecord[]> {
  let query = db.selectFrom('entries').selectAll().where('organisation_id', '=', organisationId);
  if (window.since !== undefined) query = query.where('occurred_on', '>=', window.since);
  if (window.until !== undefined) query = query.where('occurred_on', '<=', window.until);
  const rows = await query.orderBy('occurred_on').orderBy('id').execute();
  return rows.map(fromRow);
}

/** The entries of some accounts up to a date, in date order. */
export async function entriesOfAccounts(db: Kysely<Database>, organisationId: string, accountIds: readonly string[], until: string): Promise<EntryRecord[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .selectFrom('entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('account_id', 'in', accountIds)
    .where('occurred_on', '<=', until)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/** Per account, the date of its newest entry that counts (neither reversed nor a reversal). */
export async function lastEffectiveEntryDates(db: Kysely<Database>, organisationId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('entries')
    .select(['account_id'])
    .select((eb) => eb.fn.max('occurred_on').as('last_on'))
    .where('organisation_id', '=', organisationId)
    .where('reverses_entry_id', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('entries as reversal')
            .select('reversal.id')
            .whereRef('reversal.organisation_id', '=', 'entries.organisation_id')
            .whereRef('reversal.reverses_entry_id', '=', 'entries.id'),
        ),
      ),
    )
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((row) => [row.account_id, row.last_on]));
}

/**
 * Replaces an organisation's running sums with sums computed afresh under `parameterVersion`:
 * after a parameter change the scaled weights differ, so they are rebuilt once from the entries.
 */
export async function replaceSums(
  db: Kysely<Database>,
  organisationId: string,
  parameterVersion: number,
  sumsByAccountId: ReadonlyMap<string, readonly ScaledSum[]>,
): Promise<void> {
  await db.deleteFrom('account_sums').where('organisation_id', '=', organisationId).execute();
  const rows = [...sumsByAccountId].flatMap(([accountId, sums]) =>
    sums.map((sum) => ({
      organisation_id: organisationId,
      account_id: accountId,
      parameter_version: parameterVersion,
      foundation: sum.foundation,
      sign: sum.sign,
      scaled_sum: sum.scaledSum,
      latest_occurred_on: sum.latestOccurredOn,
    })),
  );
  // Batches keep each statement under SQLite's limit on bound parameters.
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('account_sums').values(rows.slice(i, i + 500)).execute();
  }
}
