import { readAccount, type AccountReading } from '../domain/account-reading.ts';
import { isIsoDate, isoDateOf, type IsoDate } from '../domain/calendar.ts';
import { evidenceByFoundation } from '../domain/evidence.ts';
import { directionOverview, type DirectionOverview, type GroupMember } from '../domain/groups.ts';
import { baseRateFor, type Parameters } from '../domain/parameters.ts';
import { evidenceFromScaledSums, latestOccurredOn, type ScaledSum } from '../domain/scaled-sums.ts';
import type { Direction } from '../domain/vocabulary.ts';
import { accountEntries, sumsByAccount } from '../store/entries.ts';
import { currentParameterVersion } from '../store/organisations.ts';
import { listAccounts, listRelations, type AccountRecord, type RelationRecord } from '../store/relations.ts';
import { listStakeholders, type StakeholderRecord } from '../store/stakeholders.ts';
import type { AppContext } from './context.ts';
import { ValidationError } from './errors.ts';
import { getOrganisation } from './organisations.ts';
import { getAccountRecord, getRelation } from './relations.ts';
import { getStakeholder } from './stakeholders.ts';

export interface AccountView {
  readonly id: string;
  readonly relationId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly parameterVersion: number;
  readonly reading: AccountReading;
}

export interface RelationView extends RelationRecord {
  readonly stakeholder: StakeholderRecord;
  readonly accounts: Readonly<Record<Direction, AccountView>>;
}

export interface OrganisationOverview {
  readonly organisationId: string;
  readonly asOf: IsoDate;
  readonly parameterVersion: number;
  readonly stakeholders: number;
  readonly relations: number;
  readonly received: DirectionOverview;
  readonly given: DirectionOverview;
}

function resolveAsOf(ctx: AppContext, asOf: string | undefined): IsoDate {
  if (asOf === undefined) return isoDateOf(ctx.now());
  if (!isIsoDate(asOf)) throw new ValidationError([{ field: 'asOf', message: 'must be a date as YYYY-MM-DD' }]);
  return asOf;
}

/**
 * Reads an account the cheap way when it can — from the running sums, O(1) — and from its
 * entries when `asOf` lies before the newest entry, where the sums no longer apply.
 */
async function readOne(
  ctx: AppContext,
  account: AccountRecord,
  sums: readonly ScaledSum[],
  asOf: IsoDate,
  parameters: Parameters,
  baseRate: number,
): Promise<AccountReading> {
  const latest = latestOccurredOn(sums);
  const byFoundation =
    latest === null || asOf >= latest
      ? evidenceFromScaledSums(sums, asOf, parameters)
      : evidenceByFoundation(await accountEntries(ctx.store.db, account.organisationId, account.id), asOf, parameters);
  return readAccount(byFoundation, asOf, parameters, baseRate);
}

/** One account's reading as of a date (today by default). */
export async function getAccount(
  ctx: AppContext,
  organisationId: string,
  accountId: string,
  asOfInput?: string,
): Promise<AccountView> {
  const asOf = resolveAsOf(ctx, asOfInput);
  const account = await getAccountRecord(ctx, organisationId, accountId);
  const relation = await getRelation(ctx, organisationId, account.relationId);
  const stakeholder = await getStakeholder(ctx, organisationId, relation.stakeholderId);
  const { version, parameters } = await currentParameterVersion(ctx.store.db, organisationId);
  const sums = (await sumsByAccount(ctx.store.db, organisationId, version, accountId)).get(accountId) ?? [];
  const reading = await readOne(ctx, account, sums, asOf, parameters, baseRateFor(parameters, stakeholder.category));
  return { id: account.id, relationId: relation.id, stakeholderId: stakeholder.id, direction: account.direction, parameterVersion: version, reading };
}

/** Every relation of the organisation with its stakeholder and both accounts read as of a date. */
export async function readRelations(
  ctx: AppContext,
  organisationId: string,
  asOfInput?: string,
): Promise<{ asOf: IsoDate; parameterVersion: number; relations: RelationView[] }> {
  const asOf = resolveAsOf(ctx, asOfInput);
  await getOrganisation(ctx, organisationId);
  const db = ctx.store.db;
  const [{ version, parameters }, stakeholders, relations, accounts] = await Promise.all([
    currentParameterVersion(db, organisationId),
    listStakeholders(db, organisationId),
    listRelations(db, organisationId),
    listAccounts(db, organisationId),
  ]);
  const sums = await sumsByAccount(db, organisationId, version);
  const stakeholderById = new Map(stakeholders.map((s) => [s.id, s]));
  const views: RelationView[] = [];
  for (const relation of relations) {
    const stakeholder = stakeholderById.get(relation.stakeholderId)!;
    const baseRate = baseRateFor(parameters, stakeholder.category);
    const own = accounts.filter((a) => a.relationId === relation.id);
    const byDirection = {} as Record<Direction, AccountView>;
    for (const account of own) {
      const reading = await readOne(ctx, account, sums.get(account.id) ?? [], asOf, parameters, baseRate);
      byDirection[account.direction] = {
        id: account.id,
        relationId: relation.id,
        stakeholderId: stakeholder.id,
        direction: account.direction,
        parameterVersion: version,
        reading,
      };
    }
    views.push({ ...relation, stakeholder, accounts: byDirection });
  }
  views.sort((a, b) => a.stakeholder.name.localeCompare(b.stakeholder.name) || a.id.localeCompare(b.id));
  return { asOf, parameterVersion: version, relations: views };
}

/** The organisation's figures per direction: in total, per level and per category. */
export async function organisationOverview(
  ctx: AppContext,
  organisationId: string,
  asOfInput?: string,
): Promise<OrganisationOverview> {
  const { asOf, parameterVersion, relations } = await readRelations(ctx, organisationId, asOfInput);
  const members: GroupMember[] = relations.flatMap((relation) =>
    Object.values(relation.accounts).map((account) => ({
      direction: account.direction,
      level: relation.stakeholder.level,
      category: relation.stakeholder.category,
      importance: relation.stakeholder.importance,
      reading: account.reading,
    })),
  );
  return {
    organisationId,
    asOf,
    parameterVersion,
    stakeholders: new Set(relations.map((r) => r.stakeholderId)).size,
    relations: relations.length,
    received: directionOverview(members, 'received'),
    given: directionOverview(members, 'given'),
  };
}

/** One relation with its stakeholder and both accounts read as of a date. */
export async function readRelation(
  ctx: AppContext,
  organisationId: string,
  relationId: string,
  asOfInput?: string,
): Promise<RelationView> {
  const relation = await getRelation(ctx, organisationId, relationId);
  const stakeholder = await getStakeholder(ctx, organisationId, relation.stakeholderId);
  const accounts = await listAccounts(ctx.store.db, organisationId, relation.id);
  const views = await Promise.all(accounts.map((a) => getAccount(ctx, organisationId, a.id, asOfInput)));
  return {
    ...relation,
    stakeholder,
    accounts: Object.fromEntries(views.map((v) => [v.direction, v])) as Record<Direction, AccountView>,
  };
}
