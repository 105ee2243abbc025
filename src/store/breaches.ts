import type { Kysely, Selectable } from 'kysely';
import type {
  ApologyElement,
  ApologyState,
  BreachDirection,
  BreachIntent,
  BreachResponse,
  BreachScale,
  BreachStatus,
} from '../domain/breach.ts';
import type { BreachTable, Database } from './schema.ts';

export interface ApologyStep {
  readonly state: ApologyState;
  readonly note: string;
}

export type ApologyPlan = Readonly<Record<ApologyElement, ApologyStep>>;

export interface RepairAction {
  readonly id: string;
  readonly description: string;
  /** Who carries it out, in words: a name or a role. */
  readonly owner: string;
  readonly dueOn: string | null;
  readonly doneOn: string | null;
}

export interface ChosenResponse {
  readonly response: BreachResponse;
  readonly note: string;
  readonly alternatives: boolean | null;
  readonly chosenOn: string;
  readonly chosenBy: string | null;
}

export interface StatusChange {
  readonly status: BreachStatus;
  readonly on: string;
  readonly by: string | null;
  readonly note: string;
}

export interface BreachRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly relationId: string;
  readonly direction: BreachDirection;
  readonly occurredOn: string;
  readonly intent: BreachIntent;
  readonly scale: BreachScale;
  readonly description: string;
  readonly status: BreachStatus;
  readonly followUpOn: string | null;
  readonly apology: ApologyPlan | null;
  readonly actions: readonly RepairAction[];
  readonly response: ChosenResponse | null;
  readonly history: readonly StatusChange[];
  readonly createdAt: string;
  readonly createdBy: string | null;
}

export type BreachEntryRole = 'withdrawal' | 'repair';

export interface BreachEntryLink {
  readonly breachId: string;
  readonly entryId: string;
  readonly role: BreachEntryRole;
}

function fromRow(row: Selectable<BreachTable>): BreachRecord {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    relationId: row.relation_id,
    direction: row.direction as BreachDirection,
    occurredOn: row.occurred_on,
    intent: row.intent as BreachIntent,
    scale: row.scale as BreachScale,
    description: row.description,
    status: row.status as BreachStatus,
    followUpOn: row.follow_up_on,
    apology: row.apology === null ? null : (JSON.parse(row.apology) as ApologyPlan),
    actions: JSON.parse(row.actions) as RepairAction[],
    response: row.response === null ? null : (JSON.parse(row.response) as ChosenResponse),
    history: JSON.parse(row.history) as StatusChange[],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function insertBreach(db: Kysely<Database>, breach: BreachRecord, links: readonly BreachEntryLink[]): Promise<void> {
  await db
    .insertInto('breaches')
    .values({
      id: breach.id,
      organisation_id: breach.organisationId,
      relation_id: breach.relationId,
      direction: breach.direction,
      occurred_on: breach.occurredOn,
      intent: breach.intent,
      scale: breach.scale,
      description: breach.description,
      status: breach.status,
      follow_up_on: breach.followUpOn,
      apology: breach.apology === null ? null : JSON.stringify(breach.apology),
      actions: JSON.stringify(breach.actions),
      response: breach.response === null ? null : JSON.stringify(breach.response),
      history: JSON.stringify(breach.history),
      created_at: breach.createdAt,
      created_by: breach.createdBy,
    })
    .execute();
  await linkEntries(db, breach.organisationId, links);
}

export async function linkEntries(db: Kysely<Database>, organisationId: string, links: readonly BreachEntryLink[]): Promise<void> {
  if (links.length === 0) return;
  await db
    .insertInto('breach_entries')
    .values(links.map((l) => ({ organisation_id: organisationId, breach_id: l.breachId, entry_id: l.entryId, role: l.role })))
    .execute();
}

/**
 * Writes a breach's changeable parts, only if its status is still `expected`: of two changes made
 * at once on the same state, one wins and the other is told to look again.
 */
export async function updateBreach(
  db: Kysely<Database>,
  breach: BreachRecord,
  expected: BreachStatus,
): Promise<boolean> {
  const result = await db
    .updateTable('breaches')
    .set({
      status: breach.status,
      follow_up_on: breach.followUpOn,
      apology: breach.apology === null ? null : JSON.stringify(breach.apology),
      actions: JSON.stringify(breach.actions),
      response: breach.response === null ? null : JSON.stringify(breach.response),
      history: JSON.stringify(breach.history),
      description: breach.description,
    })
    .where('organisation_id', '=', breach.organisationId)
    .where('id', '=', breach.id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findBreach(db: Kysely<Database>, organisationId: string, id: string): Promise<BreachRecord | undefined> {
  const row = await db.selectFrom('breaches').selectAll().where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
  return row && fromRow(row);
}

/** The organisation's breaches, or one relation's, newest first. */
export async function listBreaches(db: Kysely<Database>, organisationId: string, relationId?: string): Promise<BreachRecord[]> {
  let query = db.selectFrom('breaches').selectAll().where('organisation_id', '=', organisationId);
  if (relationId !== undefined) query = query.where('relation_id', '=', relationId);
  const rows = await query.orderBy('occurred_on', 'desc').orderBy('id', 'desc').execute();
  return rows.map(fromRow);
}

export async function breachLinks(db: Kysely<Database>, organisationId: string, breachIds: readonly string[]): Promise<BreachEntryLink[]> {
  if (breachIds.length === 0) return [];
  const rows = await db
    .selectFrom('breach_entries')
    .select(['breach_id', 'entry_id', 'role'])
    .where('organisation_id', '=', organisationId)
    .where('breach_id', 'in', breachIds)
    .execute();
  return rows.map((r) => ({ breachId: r.breach_id, entryId: r.entry_id, role: r.role as BreachEntryRole }));
}
