import type { Kysely, Selectable } from 'kysely';
import { DEFAULT_PARAMETERS, type Parameters } from '../domain/parameters.ts';
import type { Database, ParameterVersionTable } from './schema.ts';

export interface OrganisationRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly timeZone: string;
}

export interface ParameterVersionRecord {
  readonly version: number;
  readonly parameters: Parameters;
  readonly note: string;
  readonly createdAt: string;
}

export async function insertOrganisation(db: Kysely<Database>, organisation: OrganisationRecord): Promise<void> {
  await db
    .insertInto('organisations')
    .values({
      id: organisation.id,
      organisation_id: organisation.id,
      name: organisation.name,
      created_at: organisation.createdAt,
      time_zone: organisation.timeZone,
    })
    .execute();
}

/** Renames an organisation or moves it to another time zone. */
export async function updateOrganisation(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Pick<OrganisationRecord, 'name' | 'timeZone'>>,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ ...(changes.name === undefined ? {} : { name: changes.name }), ...(changes.timeZone === undefined ? {} : { time_zone: changes.timeZone }) })
    .where('organisation_id', '=', id)
    .execute();
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<OrganisationRecord | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'created_at', 'time_zone'])
    .where('organisation_id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, name: row.name, createdAt: row.created_at, timeZone: row.time_zone };
}

export async function listOrganisations(db: Kysely<Database>): Promise<OrganisationRecord[]> {
  const rows = await db.selectFrom('organisations').select(['id', 'name', 'created_at', 'time_zone']).orderBy('name').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at, timeZone: row.time_zone }));
}

export async function insertParameterVersion(
  db: Kysely<Database>,
  organisationId: string,
  record: ParameterVersionRecord,
): Promise<void> {
  await db
    .insertInto('parameter_versions')
    .values({
      organisation_id: organisationId,
      version: record.version,
      parameters: JSON.stringify(record.parameters),
      note: record.note,
      created_at: record.createdAt,
    })
    .execute();
}

/** The newest parameter version of an organisation: the one current figures are computed under. */
export async function currentParameterVersion(
  db: Kysely<Database>,
  organisationId: string,
): Promise<ParameterVersionRecord> {
  const row = await db
    .selectFrom('parameter_versions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { version: 0, parameters: DEFAULT_PARAMETERS, note: '', createdAt: '' };
  return versionFromRow(row);
}

function versionFromRow(row: Selectable<ParameterVersionTable>): ParameterVersionRecord {
  return {
    version: row.version,
    // Stored versions may predate a parameter added later: defaults fill what they lack.
    parameters: { ...DEFAULT_PARAMETERS, ...(JSON.parse(row.parameters) as Partial<Parameters>) },
    note: row.note,
    createdAt: row.created_at,
  };
}

/** Every parameter version of an organisation, newest first. */
export async function listParameterVersions(db: Kysely<Database>, organisationId: string): Promise<ParameterVersionRecord[]> {
  const rows = await db
    .selectFrom('parameter_versions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(versionFromRow);
}

export async function findParameterVersion(
  db: Kysely<Database>,
  organisationId: string,
  version: number,
): Promise<ParameterVersionRecord | undefined> {
  const row = await db
    .selectFrom('parameter_versions')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && versionFromRow(row);
}
