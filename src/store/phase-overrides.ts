import type { Kysely } from 'kysely';
import type { PhaseOverride } from '../domain/phase.ts';
import type { Phase } from '../domain/vocabulary.ts';
import type { Database } from './schema.ts';

export interface PhaseOverrideRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly accountId: string;
  /** null lifts the override. */
  readonly phase: Phase | null;
  readonly reason: string;
  readonly createdAt: string;
}

export async function insertPhaseOverride(db: Kysely<Database>, record: PhaseOverrideRecord): Promise<void> {
  await db
    .insertInto('phase_overrides')
    .values({
      id: record.id,
      organisation_id: record.organisationId,
      account_id: record.accountId,
      phase: record.phase,
      reason: record.reason,
      created_at: record.createdAt,
    })
    .execute();
}

/**
 * The override in force per account (accounts without one, or whose last was lifted, are absent),
 * for the whole organisation or some of its accounts.
 */
export async function overridesInForce(db: Kysely<Database>, organisationId: string, accountIds?: readonly string[]): Promise<Map<string, PhaseOverride>> {
  const result = new Map<string, PhaseOverride>();
  if (accountIds?.length === 0) return result;
  let query = db.selectFrom('phase_overrides').selectAll().where('organisation_id', '=', organisationId);
  if (accountIds !== undefined) query = query.where('account_id', 'in', accountIds);
  // UUIDv7 ids order the rows as they were written.
  const rows = await query.orderBy('id').execute();
  for (const row of rows) {
    if (row.phase === null) result.delete(row.account_id);
    else result.set(row.account_id, { phase: row.phase as Phase, reason: row.reason, setAt: row.created_at });
  }
  return result;
}
