import type { Kysely, Selectable } from 'kysely';
import type { Direction, Foundation, Intent } from '../domain/vocabulary.ts';
import type { Database, DilemmaTable } from './schema.ts';

export interface EffectRecord {
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly foundation: Foundation;
  readonly amount: number;
  readonly intent: Intent | null;
  readonly note: string;
}

export interface OptionRecord {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly effects: readonly EffectRecord[];
}

/** What was expected of an account when the option was chosen, for the review. */
export interface ExpectedChange {
  readonly accountId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly trustBefore: number;
  readonly trustExpected: number;
  readonly balanceBefore: number;
  readonly balanceExpected: number;
}

export interface DecisionRecord {
  readonly optionId: string;
  readonly justification: string;
  readonly decidedOn: string;
  readonly reviewOn: string;
  readonly decidedBy: string | null;
  readonly expected: readonly ExpectedChange[];
  readonly bookedEntries: readonly string[];
}

export interface DilemmaRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly title: string;
  readonly context: string;
  readonly valueConflict: string;
  readonly impact: number;
  readonly options: readonly OptionRecord[];
  readonly decision: DecisionRecord | null;
  readonly createdAt: string;
}

function fromRow(row: Selectable<DilemmaTable>): DilemmaRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    title: row.title,
    context: row.context,
    valueConflict: row.value_conflict,
    impact: row.impact,
    options: JSON.parse(row.options) as OptionRecord[],
    decision: row.decision === null ? null : (JSON.parse(row.decision) as DecisionRecord),
    createdAt: row.created_at,
  };
}

export async function insertDilemma(db: Kysely<Database>, dilemma: DilemmaRecord): Promise<void> {
  await db
    .insertInto('dilemmas')
    .values({
      id: dilemma.id,
      organisation_id: dilemma.organisationId,
      title: dilemma.title,
      context: dilemma.context,
      value_conflict: dilemma.valueConflict,
      impact: dilemma.impact,
      options: JSON.stringify(dilemma.options),
      decision: dilemma.decision === null ? null : JSON.stringify(dilemma.decision),
      created_at: dilemma.createdAt,
    })
    .execute();
}

export async function findDilemma(db: Kysely<Database>, organisationId: string, id: string): Promise<DilemmaRecord | undefined> {
  const row = await db.selectFrom('dilemmas').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

/** The organisation's dilemmas, newest first. */
export async function listDilemmas(db: Kysely<Database>, organisationId: string): Promise<DilemmaRecord[]> {
  const rows = await db
    .selectFrom('dilemmas')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(fromRow);
}

/** Records the decision; only one of two simultaneous decisions finds the dilemma still open. */
export async function setDecision(db: Kysely<Database>, organisationId: string, id: string, decision: DecisionRecord): Promise<boolean> {
  const result = await db
    .updateTable('dilemmas')
    .set({ decision: JSON.stringify(decision) })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('decision', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface InfluenceEdgeRecord {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

export async function listInfluenceEdges(db: Kysely<Database>, organisationId: string): Promise<InfluenceEdgeRecord[]> {
  const rows = await db
    .selectFrom('influence_edges')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('from_stakeholder_id')
    .orderBy('to_stakeholder_id')
    .execute();
  return rows.map((r) => ({ from: r.from_stakeholder_id, to: r.to_stakeholder_id, weight: r.weight }));
}

/** Replaces the whole network: it is edited as one picture. */
export async function replaceInfluenceEdges(db: Kysely<Database>, organisationId: string, edges: readonly InfluenceEdgeRecord[]): Promise<void> {
  await db.deleteFrom('influence_edges').where('organisation_id', '=', organisationId).execute();
  if (edges.length === 0) return;
  await db
    .insertInto('influence_edges')
    .values(edges.map((e) => ({ organisation_id: organisationId, from_stakeholder_id: e.from, to_stakeholder_id: e.to, weight: e.weight })))
    .execute();
}
