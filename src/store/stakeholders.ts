import type { Kysely, Selectable } from 'kysely';
import type { Level } from '../domain/vocabulary.ts';
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

export async function insertStakeholder(db: Kysely<Database>, s: StakeholderRecord): Promise<void> {
  await db
    .insertInto('stakeholders')
    .values({
      id: s.id,
      organisation_id: s.organisationId,
      name: s.name,
      category: s.category,
      level: s.level,
      importance: s.importance,
      influence: s.influence,
      interest: s.interest,
      vulnerability: s.vulnerability,
      tags: JSON.stringify(s.tags),
      created_at: s.createdAt,
      archived_at: s.archivedAt,
    })
    .execute();
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
