import type { Kysely, Selectable } from 'kysely';
import type { ControlKind } from '../domain/control-measures.ts';
import type { ControlMeasureTable, Database } from './schema.ts';

/** What a measure said before a change, with when and by whom it was changed. */
export interface ControlMeasureVersion {
  readonly kind: ControlKind;
  readonly description: string;
  readonly yearlyEuros: number | null;
  readonly yearlyHours: number | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly replacedAt: string;
  readonly replacedBy: string | null;
}

export interface ControlMeasureRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly relationId: string;
  readonly kind: ControlKind;
  readonly description: string;
  readonly yearlyEuros: number | null;
  readonly yearlyHours: number | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly history: readonly ControlMeasureVersion[];
  readonly createdAt: string;
  readonly createdBy: string | null;
}

function fromRow(row: Selectable<ControlMeasureTable>): ControlMeasureRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    relationId: row.relation_id,
    kind: row.kind as ControlKind,
    description: row.description,
    // PostgreSQL may hand integers back as numbers or strings depending on the driver's settings.
    yearlyEuros: row.yearly_euros === null ? null : Number(row.yearly_euros),
    yearlyHours: row.yearly_hours === null ? null : Number(row.yearly_hours),
    startedOn: row.started_on,
    endedOn: row.ended_on,
    history: JSON.parse(row.history) as ControlMeasureVersion[],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function toRow(measure: ControlMeasureRecord): Selectable<ControlMeasureTable> {
  return {
    id: measure.id,
    organisation_id: measure.organisationId,
    relation_id: measure.relationId,
    kind: measure.kind,
    description: measure.description,
    yearly_euros: measure.yearlyEuros,
    yearly_hours: measure.yearlyHours,
    started_on: measure.startedOn,
    ended_on: measure.endedOn,
    history: JSON.stringify(measure.history),
    created_at: measure.createdAt,
    created_by: measure.createdBy,
  };
}

export async function insertControlMeasure(db: Kysely<Database>, measure: ControlMeasureRecord): Promise<void> {
  await db.insertInto('control_measures').values(toRow(measure)).execute();
}

export async function updateControlMeasure(db: Kysely<Database>, measure: ControlMeasureRecord): Promise<void> {
  const row = toRow(measure);
  const changes = {
    kind: row.kind,
    description: row.description,
    yearly_euros: row.yearly_euros,
    yearly_hours: row.yearly_hours,
    started_on: row.started_on,
    ended_on: row.ended_on,
    history: row.history,
  };
  await db.updateTable('control_measures').set(changes).where('organisation_id', '=', measure.organisationId).where('id', '=', measure.id).execute();
}

export async function findControlMeasure(db: Kysely<Database>, organisationId: string, id: string): Promise<ControlMeasureRecord | undefined> {
  const row = await db.selectFrom('control_measures').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

/** The measures of the organisation, or of one relation, oldest start first. */
export async function listControlMeasures(db: Kysely<Database>, organisationId: string, relationId?: string): Promise<ControlMeasureRecord[]> {
  let query = db.selectFrom('control_measures').selectAll().where('organisation_id', '=', organisationId);
  if (relationId !== undefined) query = query.where('relation_id', '=', relationId);
  const rows = await query.orderBy('started_on').orderBy('id').execute();
  return rows.map(fromRow);
}
