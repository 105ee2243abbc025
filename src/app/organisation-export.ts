import { membershipRows, organisationRows, peopleByIds, type StoredRow } from '../store/organisation-rows.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, JSON_COLUMNS, TABLES_IN_ORDER, type ExportDocument, type TableName } from './organisation-export-format.ts';
import { getOrganisation } from './organisations.ts';

/** The columns that name a user: the people section carries each user they name. */
const USER_COLUMNS: Partial<Record<TableName, readonly string[]>> = {
  relations: ['owner_user_id'],
  entries: ['author_user_id'],
  breaches: ['created_by'],
  audit_log: ['actor_user_id'],
};

function parseJsonColumns(table: TableName, row: StoredRow): StoredRow {
  const parsed: StoredRow = { ...row };
  for (const column of JSON_COLUMNS[table]) {
    const value = row[column];
    parsed[column] = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  }
  // pg returns double precision as a number, but a driver may return text: the document holds numbers.
  if (table === 'account_sums' || table === 'signal_acknowledgements' || table === 'influence_edges') {
    for (const column of ['scaled_sum', 'measure', 'weight']) if (column in parsed) parsed[column] = Number(parsed[column]);
  }
  return parsed;
}

/**
 * Every record of an organisation, with every parameter version and its running sums, as one JSON
 * document (docs/exchange-json.md). Read in one repeatable-read transaction (PostgreSQL's default
 * would let each table show a later moment; SQLite's transactions are a snapshot anyway), so an
 * entry recorded meanwhile cannot appear without its running sum. The export itself is audited,
 * since it carries everything the organisation holds.
 */
export async function exportOrganisation(ctx: AppContext, organisationId: string): Promise<ExportDocument> {
  const organisation = await getOrganisation(ctx, organisationId);
  return ctx.store.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    // Written first: on SQLite the transaction then holds the write lock from the start, where a
    // read snapshot could not be turned into a write once someone else had written meanwhile.
    await audit(ctx, trx, organisationId, { action: 'export.json', objectType: 'organisation', objectId: organisationId });
    const tables = {} as Record<TableName, StoredRow[]>;
    for (const table of TABLES_IN_ORDER) {
      tables[table] = (await organisationRows(trx, table, organisationId)).map((row) => parseJsonColumns(table, row));
    }
    const memberships = await membershipRows(trx, organisationId);
    const named = new Set(memberships.map((m) => m.user_id));
    for (const [table, columns] of Object.entries(USER_COLUMNS) as [TableName, readonly string[]][]) {
      for (const row of tables[table]) for (const column of columns) if (typeof row[column] === 'string') named.add(row[column]);
    }
    const people = await peopleByIds(trx, [...named]);
    // The rows are as the schema describes them (TABLE_SCHEMAS): the import validates that claim.
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: ctx.now().toISOString(),
      organisation: { id: organisation.id, name: organisation.name, created_at: organisation.createdAt, time_zone: organisation.timeZone },
      people,
      memberships,
      ...tables,
    } as ExportDocument;
  });
}
