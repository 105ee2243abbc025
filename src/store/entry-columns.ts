import { dayNumber, type IsoDate } from '../domain/calendar.ts';
import { EntryColumnsBuilder, FOUNDATION_INDEX, type EntryColumns } from '../domain/ledger-engine.ts';
import type { Foundation } from '../domain/vocabulary.ts';
import type { Store } from './connect.ts';

/** Rows per page on PostgreSQL, where streaming would need a cursor library. */
const PAGE = 20_000;

interface ColumnRow {
  readonly id: string;
  readonly account_id: string;
  readonly occurred_on: string;
  readonly foundation: string;
  readonly amount: number;
  readonly intent: string | null;
  readonly reverses_entry_id: string | null;
}

/** A row as better-sqlite3 returns it raw: the selected columns in order, no object per row. */
type RawRow = [string, string, string, string, number, string | null, string | null];

/**
 * Every entry of an organisation as engine columns, read row by row: the rows are never held as
 * objects all at once, so a million entries need a few megabytes beyond the columns. Accounts are
 * numbered by `accountIndex`; entries of other accounts (none, in a consistent store) are skipped.
 */
export async function loadEntryColumns(
  store: Store,
  organisationId: string,
  accountIndex: ReadonlyMap<string, number>,
  until?: IsoDate,
): Promise<EntryColumns> {
  const builder = new EntryColumnsBuilder(1 << 16);
  // Dates repeat (a few thousand distinct days for a million entries): parse each once.
  const days = new Map<string, number>();
  const add = (row: ColumnRow): void => {
    const account = accountIndex.get(row.account_id);
    if (account === undefined) return;
    let day = days.get(row.occurred_on);
    if (day === undefined) {
      day = dayNumber(row.occurred_on);
      days.set(row.occurred_on, day);
    }
    builder.push(account, day, FOUNDATION_INDEX.get(row.foundation as Foundation)!, row.amount, row.intent === 'intentional', row.reverses_entry_id !== null);
  };
  const query = (after: string | null) => {
    let q = store.db
      .selectFrom('entries')
      .select(['id', 'account_id', 'occurred_on', 'foundation', 'amount', 'intent', 'reverses_entry_id'])
      .where('organisation_id', '=', organisationId);
    if (until !== undefined) q = q.where('occurred_on', '<=', until);
    if (after !== null) q = q.where('id', '>', after);
    return q;
  };
  if (store.sqlite !== null) {
    // Stepping the statement directly: Kysely's stream hands each row through several async hops,
    // which took longer than reading the rows.
    const { sql, parameters } = query(null).compile();
    const statement = store.sqlite.prepare(sql).raw(true);
    for (const [id, account_id, occurred_on, foundation, amount, intent, reverses_entry_id] of statement.iterate(...parameters) as Iterable<RawRow>) {
      add({ id, account_id, occurred_on, foundation, amount, intent, reverses_entry_id });
    }
    return builder.build();
  }
  let after: string | null = null;
  for (;;) {
    const page: ColumnRow[] = await query(after).orderBy('id').limit(PAGE).execute();
    for (const row of page) add(row);
    if (page.length < PAGE) return builder.build();
    after = page.at(-1)!.id;
  }
}
