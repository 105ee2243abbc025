import { sql, type Kysely, type Selectable } from 'kysely';
import type { LedgerEntry } from '../domain/ledger-entry.ts';
import type { ScaledContribution, ScaledSum } from '../domain/scaled-sums.ts';
import type { Foundation, Intent, Source } from '../domain/vocabulary.ts';
import { insertRows, type BulkColumns } from './bulk-insert.ts';
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

const ENTRY_COLUMNS: BulkColumns<'entries', EntryRecord> = [
  ['id', 'text', (e) => e.id],
  ['organisation_id', 'text', (e) => e.organisationId],
  ['account_id', 'text', (e) => e.accountId],
  ['occurred_on', 'text', (e) => e.occurredOn],
  ['recorded_at', 'text', (e) => e.recordedAt],
  ['author_user_id', 'text', (e) => e.authorUserId],
  ['foundation', 'text', (e) => e.foundation],
  ['amount', 'integer', (e) => e.amount],
  ['intent', 'text', (e) => e.intent],
  ['note', 'text', (e) => e.note],
  ['source', 'text', (e) => e.source],
  ['reverses_entry_id', 'text', (e) => e.reverses],
];

/** Appends entries to the ledger. There is deliberately no update and no delete. */
export async function appendEntries(db: Kysely<Database>, entries: readonly EntryRecord[]): Promise<void> {
  await insertRows(db, 'entries', ENTRY_COLUMNS, entries);
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

/** What to add to one running sum: an account's contributions on one foundation and sign, summed. */
export interface SumIncrement extends ScaledContribution {
  readonly accountId: string;
}

/**
 * Adds to the running sums under one parameter version, creating those that do not exist yet:
 * one row per (account, foundation, sign), so no sum appears twice in `increments`.
 */
export async function addToSums(
  db: Kysely<Database>,
  organisationId: string,
  parameterVersion: number,
  increments: readonly SumIncrement[],
): Promise<void> {
  const columns: BulkColumns<'account_sums', SumIncrement> = [
    ['organisation_id', 'text', () => organisationId],
    ['account_id', 'text', (c) => c.accountId],
    ['parameter_version', 'integer', () => parameterVersion],
    ['foundation', 'text', (c) => c.foundation],
    ['sign', 'text', (c) => c.sign],
    ['scaled_sum', 'double precision', (c) => c.scaledWeight],
    ['latest_occurred_on', 'text', (c) => c.occurredOn],
  ];
  await insertRows(
    db,
    'account_sums',
    columns,
    increments,
    // max() on SQLite, greatest() on PostgreSQL: a CASE reads the same on both.
    sql`on conflict (account_id, parameter_version, foundation, sign) do update set
      scaled_sum = account_sums.scaled_sum + excluded.scaled_sum,
      latest_occurred_on = case when excluded.latest_occurred_on > account_sums.latest_occurred_on
        then excluded.latest_occurred_on else account_sums.latest_occurred_on end`,
  );
}

/**
 * Rows per query when reading an organisation's sums. A whole organisation has some 300,000;
 * read at once, their rows and the sums made of them are all alive together. In pages, each
 * page's rows are garbage before the next one is read: the server's peak memory for an overview
 * of 1M entries fell by about 60 MB, and the reading got faster, the collector having less to move.
 */
const SUMS_PER_PAGE = 20_000;

/** The running sums of every account of an organisation, or of some accounts, grouped by account id. */
export async function sumsByAccount(
  db: Kysely<Database>,
  organisationId: string,
  parameterVersion: number,
  accountIds?: readonly string[],
  pageSize = SUMS_PER_PAGE,
): Promise<Map<string, ScaledSum[]>> {
  const result = new Map<string, ScaledSum[]>();
  if (accountIds?.length === 0) return result;
  let query = db
    .selectFrom('account_sums')
    .select(['account_id', 'foundation', 'sign', 'scaled_sum', 'latest_occurred_on'])
    .where('organisation_id', '=', organisationId)
    .where('parameter_version', '=', parameterVersion)
    .orderBy('account_id')
    .orderBy('foundation')
    .orderBy('sign')
    .limit(pageSize);
  if (accountIds !== undefined) query = query.where('account_id', 'in', accountIds);
  let page = await query.execute();
  for (;;) {
    for (const row of page) {
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
    const last = page.at(-1);
    if (page.length < pageSize || !last) return result;
    // Keyset paging along account_sums_by_organisation: the next page starts after the last row.
    page = await query
      .where((eb) => eb(eb.refTuple('account_id', 'foundation', 'sign'), '>', eb.tuple(last.account_id, last.foundation, last.sign)))
      .execute();
  }
}

/**
 * Entries of an organisation in date order, optionally only those that occurred within
 * [since, until]. A reversal shares its original's date, so a window never splits a pair.
 * With `accountIds`, only those accounts' entries, found through entries_by_account; with
 * `intent`, only entries of that intent and every reversal, so that no reversed entry of that
 * intent is left without its reversal (an imported reversal may carry another intent).
 */
export async function organisationEntries(
  db: Kysely<Database>,
  organisationId: string,
  window: { since?: string; until?: string; accountIds?: readonly string[]; intent?: Intent } = {},
): Promise<EntryRecord[]> {
  if (window.accountIds?.length === 0) return [];
  let query = db.selectFrom('entries').selectAll().where('organisation_id', '=', organisationId);
  if (window.accountIds !== undefined) query = query.where('account_id', 'in', window.accountIds);
  const { intent } = window;
  if (intent !== undefined) query = query.where((eb) => eb.or([eb('intent', '=', intent), eb('reverses_entry_id', 'is not', null)]));
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

/**
 * Per account, the date of its newest entry that counts (neither reversed nor a reversal), for
 * the whole organisation or some of its accounts.
 */
export async function lastEffectiveEntryDates(db: Kysely<Database>, organisationId: string, accountIds?: readonly string[]): Promise<Map<string, string>> {
  if (accountIds?.length === 0) return new Map();
  let query = db
    .selectFrom('entries')
    .select(['account_id'])
    .select((eb) => eb.fn.max('occurred_on').as('last_on'))
    .where('organisation_id', '=', organisationId)
    .where((eb) =>
      // Not a reversal. For some accounts, said so that SQLite walks entries_by_account: given
      // `is null` it takes the unique index on reverses_entry_id and visits every entry of the
      // organisation. For all of them that walk is the faster one (a third of the time).
      accountIds === undefined ? eb('reverses_entry_id', 'is', null) : eb(eb.fn.coalesce('reverses_entry_id', sql.lit('')), '=', ''),
    )
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
    .groupBy('account_id');
  if (accountIds !== undefined) query = query.where('account_id', 'in', accountIds);
  const rows = await query.execute();
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
