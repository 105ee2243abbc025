import type { Kysely, Selectable } from 'kysely';
import type { Level } from '../domain/vocabulary.ts';
import { insertRows, type BulkColumns } from './bulk-insert.ts';
import type { Database, StakeholderTable } from './schema.ts';

export interface StakeholderRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly category: string;
  readonly level: Level;
  readonly importance: number;
  readonly influence: number;
  readonly interest: number;
  readonly vulnerability: number;
  readonly tags: string[];
  readonly createdAt: string;
  readonly archivedAt: string | null;
}

/** What an edit may change: everything but identity, creation and archiving. */
export type StakeholderChanges = Partial<
  Pick<StakeholderRecord, 'name' | 'category' | 'level' | 'importance' | 'influence' | 'interest' | 'vulnerability' | 'tags'>
>;

function fromRow(row: Selectable<StakeholderTable>): StakeholderRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    category: row.category,
    level: row.level as Level,
    importance: row.importance,
    influence: row.influence,
    interest: row.interest,
    vulnerability: row.vulnerability,
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

const STAKEHOLDER_COLUMNS: BulkColumns<'stakeholders', StakeholderRecord> = [
  ['id', 'text', (s) => s.id],
  ['organisation_id', 'text', (s) => s.organisationId],
  ['name', 'text', (s) => s.name],
  ['category', 'text', (s) => s.category],
  ['level', 'text', (s) => s.level],
  ['importance', 'integer', (s) => s.importance],
  ['influence', 'integer', (s) => s.influence],
  ['interest', 'integer', (s) => s.interest],
  ['vulnerability', 'integer', (s) => s.vulnerability],
  ['tags', 'text', (s) => JSON.stringify(s.tags)],
  ['created_at', 'text', (s) => s.createdAt],
  ['archived_at', 'text', (s) => s.archivedAt],
];

export async function insertStakeholders(db: Kysely<Database>, stakeholders: readonly StakeholderRecord[]): Promise<void> {
  await insertRows(db, 'stakeholders', STAKEHOLDER_COLUMNS, stakeholders);
}

export async function updateStakeholder(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  changes: StakeholderChanges,
): Promise<void> {
  const { tags, ...rest } = changes;
  await db
    .updateTable('stakeholders')
    .set({ ...rest, ...(tags === undefined ? {} : { tags: JSON.stringify(tags) }) })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** Archives (a timestamp) or restores (null) a stakeholder. */
export async function setStakeholderArchivedAt(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
  archivedAt: string | null,
): Promise<void> {
  await db
    .updateTable('stakeholders')
    .set({ archived_at: archivedAt })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

export async function findStakeholder(
  db: Kysely<Database>,
  organisationId: string,
  id: string,
): Promise<StakeholderRecord | undefined> {
  const row = await db
    .selectFrom('stakeholders')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** All stakeholders of an organisation, by name. */
export async function listStakeholders(db: Kysely<Database>, organisationId: string): Promise<StakeholderRecord[]> {
  const rows = await db
    .selectFrom('stakeholders')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

/** Some stakeholders, by id; those not found are left out. */
export async function findStakeholders(db: Kysely<Database>, organisationId: string, ids: readonly string[]): Promise<StakeholderRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('stakeholders').selectAll().where('organisation_id', '=', organisationId).where('id', 'in', ids).execute();
  return rows.map(fromRow);
}
