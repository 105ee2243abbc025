import { addDays, isIsoDate, type IsoDate } from '../domain/calendar.ts';
import { BREACH_FALLBACK_DAYS, type PhaseOverride } from '../domain/phase.ts';
import { latestOccurredOn, type ScaledSum } from '../domain/scaled-sums.ts';
import { lastEffectiveEntryDates, organisationEntries, sumsByAccount, type EntryRecord } from '../store/entries.ts';
import type { ParameterVersionRecord } from '../store/organisations.ts';
import { overridesInForce } from '../store/phase-overrides.ts';
import { findAccount, findRelation, listAccounts, listRelations, type AccountRecord, type RelationRecord } from '../store/relations.ts';
import { findStakeholder, listStakeholders, type StakeholderRecord } from '../store/stakeholders.ts';
import { effectiveEntries } from '../domain/ledger-entry.ts';
import type { AppContext } from './context.ts';
import { ValidationError } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { resolveParameters } from './parameters.ts';

/** Everything the model needs to read an organisation's accounts as of one date, loaded at once. */
export interface Snapshot {
  readonly organisationId: string;
  readonly asOf: IsoDate;
  readonly parameters: ParameterVersionRecord & { readonly isCurrent: boolean };
  readonly stakeholders: ReadonlyMap<string, StakeholderRecord>;
  readonly relations: readonly RelationRecord[];
  readonly relationById: ReadonlyMap<string, RelationRecord>;
  readonly accounts: readonly AccountRecord[];
  readonly accountsByRelation: ReadonlyMap<string, readonly AccountRecord[]>;
  readonly overrides: ReadonlyMap<string, PhaseOverride>;
  /** Running sums per account, when they answer for `asOf`; otherwise absent. */
  readonly sums: ReadonlyMap<string, readonly ScaledSum[]> | null;
  /**
   * Entries per account up to `asOf`: every one when the sums cannot answer or history was asked
   * for, else only what the phase rules look at beside the sums — the intentional entries (major
   * breaches among them) of the last BREACH_FALLBACK_DAYS days, with every reversal of that time.
   */
  readonly entries: ReadonlyMap<string, readonly EntryRecord[]>;
  /** Per account, the date of its newest entry that counts, on or before `asOf`. */
  readonly lastEntryOn: ReadonlyMap<string, IsoDate>;
}

/** A reading's date: the one asked for, or the organisation's today. */
export async function resolveAsOf(ctx: AppContext, organisationId: string, asOf: string | undefined, field = 'asOf'): Promise<IsoDate> {
  if (asOf === undefined) return organisationToday(ctx, organisationId);
  if (!isIsoDate(asOf)) throw new ValidationError([{ field, message: 'must be a date as YYYY-MM-DD' }]);
  return asOf;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const item of items) {
    const own = result.get(key(item)) ?? [];
    own.push(item);
    result.set(key(item), own);
  }
  return result;
}

export interface SnapshotOptions {
  readonly asOf?: string;
  readonly parameterVersion?: number;
  /** Load every entry up to `asOf` even when the sums could answer (signals and trends need it). */
  readonly fullHistory?: boolean;
  /**
   * Only what the accounts' readings need, as group figures and trends use them: no phase
   * overrides or last-entry dates, and no entries where the sums answer unless `fullHistory`
   * asks for them; the snapshot holds none of what was not read.
   */
  readonly readingsOnly?: boolean;
  /**
   * Keep the relations of archived stakeholders. Figures, signals and lists leave them out; a
   * relation's own page still reads them.
   */
  readonly includeArchived?: boolean;
}

/**
 * Reads one relation (both accounts) or one account only, instead of the whole organisation: its
 * stakeholder, relation, accounts, sums, overrides and entries, each by an index on the id. A
 * relation's page then costs a few index lookups whatever the organisation's size.
 */
export type SnapshotScope = { readonly relationId: string } | { readonly accountId: string };

/**
 * What a reading needs for one date, for the whole organisation or, with a scope, for one
 * relation or account (archived or not: its own page still reads it). When the scope names
 * nothing, the snapshot holds no relation or account; callers say what was not found.
 */
export async function loadSnapshot(
  ctx: AppContext,
  organisationId: string,
  options: SnapshotOptions = {},
  scope?: SnapshotScope,
): Promise<Snapshot> {
  const asOf = await resolveAsOf(ctx, organisationId, options.asOf);
  const db = ctx.store.db;
  const parameters = await resolveParameters(ctx, organisationId, options.parameterVersion);
  const scoped = scope ? await scopedRows(ctx, organisationId, scope) : null;
  // Without a scope, every account of the organisation, archived stakeholders' too: the sums
  // answer only when they answer for all of them.
  const accountIds = scoped?.accounts.map((a) => a.id);
  const [rows, overrides, currentSums] = await Promise.all([
    scoped ?? followedRows(ctx, organisationId, options.includeArchived === true),
    options.readingsOnly ? new Map<string, PhaseOverride>() : overridesInForce(db, organisationId, accountIds),
    parameters.isCurrent ? sumsByAccount(db, organisationId, parameters.version, accountIds) : null,
  ]);
  // The sums answer only on or after every date that went into them.
  const sumsAnswer =
    currentSums !== null && [...currentSums.values()].every((sums) => (latestOccurredOn(sums) ?? asOf) <= asOf);
  const complete = !sumsAnswer || options.fullHistory === true;
  const entries =
    !complete && options.readingsOnly
      ? new Map<string, EntryRecord[]>()
      : groupBy(
          await organisationEntries(db, organisationId, {
            until: asOf,
            ...(complete ? {} : { since: addDays(asOf, -BREACH_FALLBACK_DAYS), intent: 'intentional' }),
            ...(accountIds ? { accountIds } : {}),
          }),
          (e) => e.accountId,
        );
  const lastEntryOn = options.readingsOnly
    ? new Map<string, IsoDate>()
    : sumsAnswer
      ? await lastEffectiveEntryDates(db, organisationId, accountIds)
      : lastDates(entries);
  return {
    organisationId,
    asOf,
    parameters,
    stakeholders: new Map(rows.stakeholders.map((s) => [s.id, s])),
    relations: rows.relations,
    relationById: new Map(rows.relations.map((r) => [r.id, r])),
    accounts: rows.accounts,
    accountsByRelation: groupBy(rows.accounts, (a) => a.relationId),
    overrides,
    sums: sumsAnswer ? currentSums : null,
    entries,
    lastEntryOn,
  };
}

interface SnapshotRows {
  readonly stakeholders: readonly StakeholderRecord[];
  readonly relations: readonly RelationRecord[];
  readonly accounts: readonly AccountRecord[];
}

const NOTHING: SnapshotRows = { stakeholders: [], relations: [], accounts: [] };

/** The organisation's relations and accounts; those of archived stakeholders only when asked. */
async function followedRows(ctx: AppContext, organisationId: string, includeArchived: boolean): Promise<SnapshotRows> {
  const db = ctx.store.db;
  const [stakeholders, allRelations, allAccounts] = await Promise.all([
    listStakeholders(db, organisationId),
    listRelations(db, organisationId),
    listAccounts(db, organisationId),
  ]);
  const archived = new Set(stakeholders.filter((s) => s.archivedAt !== null).map((s) => s.id));
  const relations = includeArchived ? allRelations : allRelations.filter((r) => !archived.has(r.stakeholderId));
  const followed = new Set(relations.map((r) => r.id));
  return { stakeholders, relations, accounts: allAccounts.filter((a) => followed.has(a.relationId)) };
}

/** One relation with both its accounts, or one account with its relation. */
async function scopedRows(ctx: AppContext, organisationId: string, scope: SnapshotScope): Promise<SnapshotRows> {
  const db = ctx.store.db;
  const account = 'accountId' in scope ? await findAccount(db, organisationId, scope.accountId) : undefined;
  const relationId = 'relationId' in scope ? scope.relationId : account?.relationId;
  const relation = relationId === undefined ? undefined : await findRelation(db, organisationId, relationId);
  if (!relation) return NOTHING;
  const [stakeholder, accounts] = await Promise.all([
    findStakeholder(db, organisationId, relation.stakeholderId),
    account ? [account] : listAccounts(db, organisationId, relation.id),
  ]);
  return { stakeholders: [stakeholder!], relations: [relation], accounts };
}

function lastDates(entries: ReadonlyMap<string, readonly EntryRecord[]>): Map<string, IsoDate> {
  const result = new Map<string, IsoDate>();
  for (const [accountId, own] of entries) {
    const last = effectiveEntries(own).at(-1);
    if (last) result.set(accountId, last.occurredOn);
  }
  return result;
}
