import { dayNumber, type IsoDate } from '../domain/calendar.ts';
import { readAccounts, scaleEntries, type AccountFigures } from '../domain/ledger-engine.ts';
import { baseRateFor } from '../domain/parameters.ts';
import type { Direction } from '../domain/vocabulary.ts';
import { loadEntryColumns } from '../store/entry-columns.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import type { AppContext } from './context.ts';
import { resolveAsOf } from './organisation-snapshot.ts';
import { resolveParameters } from './parameters.ts';

/** Every account of an organisation recomputed from its entries, as columns in `accounts` order. */
export interface RecomputedAccounts {
  readonly asOf: IsoDate;
  readonly parameterVersion: number;
  readonly accounts: readonly { readonly id: string; readonly relationId: string; readonly stakeholderId: string; readonly direction: Direction }[];
  readonly figures: AccountFigures;
}

/**
 * Recomputes every account from the stored entries, ignoring the running sums: the check that the
 * sums are right, and the way to read a whole organisation at a date or under a parameter version
 * the sums do not hold. One streamed pass over the entries, then the ledger engine.
 */
export async function recomputeAccounts(ctx: AppContext, organisationId: string, options: { asOf?: string; parameterVersion?: number } = {}): Promise<RecomputedAccounts> {
  const asOf = await resolveAsOf(ctx, organisationId, options.asOf);
  const { version, parameters } = await resolveParameters(ctx, organisationId, options.parameterVersion);
  const db = ctx.store.db;
  const [stakeholders, relations, accountRecords] = await Promise.all([
    listStakeholders(db, organisationId),
    listRelations(db, organisationId),
    listAccounts(db, organisationId),
  ]);
  const categoryOf = new Map(stakeholders.map((s) => [s.id, s.category]));
  const stakeholderOf = new Map(relations.map((r) => [r.id, r.stakeholderId]));
  const accounts = accountRecords.map((a) => ({ id: a.id, relationId: a.relationId, stakeholderId: stakeholderOf.get(a.relationId)!, direction: a.direction }));
  const index = new Map(accounts.map((a, i) => [a.id, i]));
  const baseRate = Float64Array.from(accounts, (a) => baseRateFor(parameters, categoryOf.get(a.stakeholderId) ?? ''));
  const columns = await loadEntryColumns(ctx.store, organisationId, index, asOf);
  const figures = readAccounts(scaleEntries(columns, accounts.length, parameters), dayNumber(asOf), parameters, baseRate);
  return { asOf, parameterVersion: version, accounts, figures };
}
