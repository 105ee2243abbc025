import { readAccount, type AccountReading } from '../domain/account-reading.ts';
import { daysBetween, type IsoDate } from '../domain/calendar.ts';
import { evidenceByFoundation, type FoundationEvidence } from '../domain/evidence.ts';
import { directionOverview, type DirectionOverview, type GroupMember } from '../domain/groups.ts';
import { leadershipProfile, type LeadershipProfile } from '../domain/leadership-profile.ts';
import { baseRateFor } from '../domain/parameters.ts';
import { inferPhase, phaseView, type PhaseView } from '../domain/phase.ts';
import { evidenceFromScaledSums } from '../domain/scaled-sums.ts';
import { readTripod, type TripodInsight } from '../domain/tripod.ts';
import type { Direction } from '../domain/vocabulary.ts';
import type { AccountRecord, RelationRecord } from '../store/relations.ts';
import type { StakeholderRecord } from '../store/stakeholders.ts';
import type { AppContext } from './context.ts';
import { NotFoundError } from './errors.ts';
import { loadSnapshot, resolveAsOf, type Snapshot, type SnapshotOptions } from './organisation-snapshot.ts';
import { cachedReading } from './read-cache.ts';

/** An account as the model reads it: figures, tripod, phase and upkeep. */
export interface AccountView {
  readonly id: string;
  readonly relationId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly parameterVersion: number;
  readonly reading: AccountReading;
  readonly tripod: TripodInsight;
  readonly phase: PhaseView;
  readonly lastEntryOn: IsoDate | null;
}

export interface RelationView extends RelationRecord {
  readonly stakeholder: StakeholderRecord;
  readonly accounts: Readonly<Record<Direction, AccountView>>;
  /** The newest entry that counts on either account, and how long ago that was. */
  readonly lastEntryOn: IsoDate | null;
  readonly daysSinceLastEntry: number | null;
}

export interface OrganisationOverview {
  readonly organisationId: string;
  readonly asOf: IsoDate;
  readonly parameterVersion: number;
  readonly stakeholders: number;
  readonly relations: number;
  readonly received: DirectionOverview;
  readonly given: DirectionOverview;
  readonly leadershipProfile: LeadershipProfile;
}

/** The evidence of one account per foundation: from the running sums when they answer, else from its entries. */
export function accountEvidence(snapshot: Snapshot, accountId: string): FoundationEvidence {
  const { asOf, parameters } = snapshot;
  return snapshot.sums
    ? evidenceFromScaledSums(snapshot.sums.get(accountId) ?? [], asOf, parameters.parameters)
    : evidenceByFoundation(snapshot.entries.get(accountId) ?? [], asOf, parameters.parameters);
}

/** An account's evidence and its reading, with the base rate of its stakeholder's category. */
function readingOf(snapshot: Snapshot, accountId: string, stakeholder: StakeholderRecord) {
  const { asOf, parameters } = snapshot;
  const baseRate = baseRateFor(parameters.parameters, stakeholder.category);
  const byFoundation = accountEvidence(snapshot, accountId);
  return { baseRate, byFoundation, reading: readAccount(byFoundation, asOf, parameters.parameters, baseRate) };
}

function viewAccount(snapshot: Snapshot, account: AccountRecord, relation: RelationRecord, stakeholder: StakeholderRecord): AccountView {
  const { asOf, parameters } = snapshot;
  const { baseRate, byFoundation, reading } = readingOf(snapshot, account.id, stakeholder);
  const inferred = inferPhase({
    reading,
    relationStartedOn: relation.startedOn,
    asOf,
    entries: snapshot.entries.get(account.id) ?? [],
  });
  return {
    id: account.id,
    relationId: relation.id,
    stakeholderId: stakeholder.id,
    direction: account.direction,
    parameterVersion: parameters.version,
    reading,
    tripod: readTripod(reading, byFoundation, parameters.parameters, baseRate, account.direction),
    phase: phaseView(inferred, snapshot.overrides.get(account.id) ?? null),
    lastEntryOn: snapshot.lastEntryOn.get(account.id) ?? null,
  };
}

function viewRelation(snapshot: Snapshot, relation: RelationRecord): RelationView {
  const stakeholder = snapshot.stakeholders.get(relation.stakeholderId)!;
  const accounts = {} as Record<Direction, AccountView>;
  for (const account of snapshot.accountsByRelation.get(relation.id) ?? []) {
    accounts[account.direction] = viewAccount(snapshot, account, relation, stakeholder);
  }
  const dates = Object.values(accounts).flatMap((a) => (a.lastEntryOn ? [a.lastEntryOn] : []));
  const lastEntryOn = dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
  return {
    ...relation,
    stakeholder,
    accounts,
    lastEntryOn,
    daysSinceLastEntry: lastEntryOn === null ? null : daysBetween(lastEntryOn, snapshot.asOf),
  };
}

/** What a whole-organisation reading depends on besides the database, for the read cache. */
function question(reading: string, organisationId: string, asOf: IsoDate, options: SnapshotOptions) {
  return [reading, organisationId, asOf, options.parameterVersion, options.fullHistory === true, options.includeArchived === true];
}

/**
 * Every relation of the organisation with its stakeholder and both accounts read, by stakeholder
 * name. Remembered until the next write (read-cache.ts): the same object for every caller.
 */
export async function readRelations(
  ctx: AppContext,
  organisationId: string,
  options: SnapshotOptions = {},
): Promise<{ asOf: IsoDate; parameterVersion: number; relations: RelationView[] }> {
  const asOf = await resolveAsOf(ctx, organisationId, options.asOf);
  return cachedReading(
    ctx,
    question('relations', organisationId, asOf, options),
    async () => {
      const snapshot = await loadSnapshot(ctx, organisationId, { ...options, asOf });
      return { asOf: snapshot.asOf, parameterVersion: snapshot.parameters.version, relations: relationViews(snapshot) };
    },
    (read) => read.relations.length,
  );
}

/** A snapshot's relations by stakeholder name, then id: the order of every list. */
function byStakeholderName(snapshot: Snapshot): RelationRecord[] {
  const name = (relation: RelationRecord) => snapshot.stakeholders.get(relation.stakeholderId)!.name;
  return [...snapshot.relations].sort((a, b) => name(a).localeCompare(name(b)) || a.id.localeCompare(b.id));
}

/** Every relation of a snapshot read, by stakeholder name. */
export function relationViews(snapshot: Snapshot): RelationView[] {
  return byStakeholderName(snapshot).map((relation) => viewRelation(snapshot, relation));
}

/** One relation with both accounts read, from its own rows only (archived or not). */
export async function readRelation(
  ctx: AppContext,
  organisationId: string,
  relationId: string,
  options: SnapshotOptions = {},
): Promise<RelationView> {
  const snapshot = await loadSnapshot(ctx, organisationId, options, { relationId });
  const relation = snapshot.relationById.get(relationId);
  if (!relation) throw new NotFoundError('relation', relationId);
  return viewRelation(snapshot, relation);
}

/** One account read, from its own rows only (archived or not). */
export async function getAccount(
  ctx: AppContext,
  organisationId: string,
  accountId: string,
  options: SnapshotOptions = {},
): Promise<AccountView> {
  const snapshot = await loadSnapshot(ctx, organisationId, options, { accountId });
  const account = snapshot.accounts.find((a) => a.id === accountId);
  if (!account) throw new NotFoundError('account', accountId);
  const relation = snapshot.relationById.get(account.relationId)!;
  return viewAccount(snapshot, account, relation, snapshot.stakeholders.get(relation.stakeholderId)!);
}

/**
 * The organisation's figures per direction — in total, per level, per category — and its
 * leadership profile. Group figures need each account's reading only, not its tripod, phase or
 * upkeep: read from the running sums alone when they answer, and remembered until the next write.
 */
export async function organisationOverview(
  ctx: AppContext,
  organisationId: string,
  options: SnapshotOptions = {},
): Promise<OrganisationOverview> {
  const asOf = await resolveAsOf(ctx, organisationId, options.asOf);
  return cachedReading(ctx, question('overview', organisationId, asOf, options), () => overviewOf(ctx, organisationId, { ...options, asOf }));
}

async function overviewOf(ctx: AppContext, organisationId: string, options: SnapshotOptions): Promise<OrganisationOverview> {
  const snapshot = await loadSnapshot(ctx, organisationId, { ...options, readingsOnly: true });
  const members: GroupMember[] = [];
  const received: AccountReading[] = [];
  for (const relation of byStakeholderName(snapshot)) {
    const stakeholder = snapshot.stakeholders.get(relation.stakeholderId)!;
    for (const account of snapshot.accountsByRelation.get(relation.id) ?? []) {
      const { reading } = readingOf(snapshot, account.id, stakeholder);
      const { level, category, importance } = stakeholder;
      members.push({ direction: account.direction, level, category, importance, reading });
      if (account.direction === 'received') received.push(reading);
    }
  }
  return {
    organisationId,
    asOf: snapshot.asOf,
    parameterVersion: snapshot.parameters.version,
    stakeholders: new Set(snapshot.relations.map((r) => r.stakeholderId)).size,
    relations: snapshot.relations.length,
    received: directionOverview(members, 'received'),
    given: directionOverview(members, 'given'),
    leadershipProfile: leadershipProfile(received),
  };
}
