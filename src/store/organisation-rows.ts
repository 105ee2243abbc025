import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The tables of one organisation that a whole-organisation export carries as rows, named one by
 * one: a new table is added here on purpose (the exchange format's test lists every table).
 */
export type OrganisationTable = Extract<
  keyof Database,
  | 'parameter_versions'
  | 'stakeholders'
  | 'relations'
  | 'accounts'
  | 'entries'
  | 'account_sums'
  | 'phase_overrides'
  | 'signal_acknowledgements'
  | 'instruments'
  | 'scans'
  | 'scan_invitations'
  | 'scan_responses'
  | 'scan_disclosures'
  | 'dilemmas'
  | 'influence_edges'
  | 'assessments'
  | 'breaches'
  | 'breach_entries'
  | 'audit_log'
>;

/** A row as stored, without its tenant key. */
export type StoredRow = Record<string, unknown>;

/**
 * A stable order per table, so two exports of the same data are the same file. Tables without an
 * `id` order by their key columns.
 */
const ORDER: Readonly<Record<OrganisationTable, readonly string[]>> = {
  parameter_versions: ['version'],
  stakeholders: ['id'],
  relations: ['id'],
  accounts: ['id'],
  entries: ['id'],
  account_sums: ['account_id', 'parameter_version', 'foundation', 'sign'],
  phase_overrides: ['id'],
  signal_acknowledgements: ['id'],
  instruments: ['id'],
  scans: ['id'],
  scan_invitations: ['id'],
  scan_responses: ['id'],
  scan_disclosures: ['id'],
  dilemmas: ['id'],
  influence_edges: ['from_stakeholder_id', 'to_stakeholder_id'],
  assessments: ['id'],
  breaches: ['id'],
  breach_entries: ['breach_id', 'entry_id'],
  audit_log: ['id'],
};

/** Every row of one organisation's table, as stored, in a stable order. */
export async function organisationRows(db: Kysely<Database>, table: OrganisationTable, organisationId: string): Promise<StoredRow[]> {
  // The table name is one of a closed list; Kysely cannot type a query over a table chosen at run time.
  let query = (db as unknown as Kysely<Record<string, StoredRow>>).selectFrom(table).selectAll().where('organisation_id', '=', organisationId);
  for (const column of ORDER[table]) query = query.orderBy(column);
  const rows = await query.execute();
  return rows.map(({ organisation_id: _tenant, ...rest }) => rest);
}

/**
 * Rows per INSERT: the widest table has sixteen columns, so a batch stays far below SQLite's
 * limit of 32,766 bound values per statement and PostgreSQL's 65,535.
 */
const ROWS_PER_INSERT = 500;

/** Inserts rows into one organisation's table, adding the tenant key. */
export async function insertOrganisationRows(
  db: Kysely<Database>,
  table: OrganisationTable,
  organisationId: string,
  rows: readonly StoredRow[],
): Promise<void> {
  const untyped = db as unknown as Kysely<Record<string, StoredRow>>;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const batch = rows.slice(start, start + ROWS_PER_INSERT).map((row) => ({ ...row, organisation_id: organisationId }));
    await untyped.insertInto(table).values(batch).execute();
  }
}

/** Which of these user ids exist, and the ids of users with these emails. */
export async function existingUsers(
  db: Kysely<Database>,
  ids: readonly string[],
  emails: readonly string[],
): Promise<{ ids: Set<string>; idByEmail: Map<string, string> }> {
  const byId = ids.length === 0 ? [] : await db.selectFrom('users').select('id').where('id', 'in', ids).execute();
  const byEmail = emails.length === 0 ? [] : await db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
  return { ids: new Set(byId.map((row) => row.id)), idByEmail: new Map(byEmail.map((row) => [row.email, row.id])) };
}

/** The people with these ids, without anything that lets them sign in. */
export async function peopleByIds(db: Kysely<Database>, ids: readonly string[]): Promise<{ id: string; email: string; display_name: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('users').select(['id', 'email', 'display_name']).where('id', 'in', ids).orderBy('id').execute();
}

/** An organisation's memberships as stored, without its tenant key. */
export async function membershipRows(db: Kysely<Database>, organisationId: string): Promise<{ user_id: string; role: 'owner' | 'editor' | 'viewer'; created_at: string }[]> {
  return db.selectFrom('memberships').select(['user_id', 'role', 'created_at']).where('organisation_id', '=', organisationId).orderBy('user_id').execute();
}
