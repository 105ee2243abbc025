import type { Kysely } from 'kysely';
import type { IsoDate } from '../domain/calendar.ts';
import { DIRECTIONS, SCOPES, type Direction, type Scope } from '../domain/vocabulary.ts';
import { findAccount, findRelation, insertRelations, type AccountRecord, type RelationRecord } from '../store/relations.ts';
import type { Database } from '../store/schema.ts';
import { auditAll } from './audit.ts';
import type { AppContext } from './context.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { getStakeholder } from './stakeholders.ts';
import { requireOneOf, requirePastDate } from './validate.ts';

export interface AddRelationInput {
  readonly stakeholderId: string;
  readonly startedOn?: string;
  readonly scope?: Scope;
  readonly cadenceDays?: number;
}

/** How often a relation should see an entry before it counts as fading (DESIGN.md). */
export const DEFAULT_CADENCE_DAYS = 90;

export interface RelationWithAccounts extends RelationRecord {
  readonly accounts: Readonly<Record<Direction, string>>;
}

/** A relation joins the organisation to a stakeholder and opens its two accounts. */
export async function addRelation(
  ctx: AppContext,
  organisationId: string,
  input: AddRelationInput,
): Promise<RelationWithAccounts> {
  await getStakeholder(ctx, organisationId, input.stakeholderId);
  const opened = newRelation(ctx, organisationId, input, await organisationToday(ctx, organisationId));
  await ctx.store.db.transaction().execute((trx) => storeRelations(ctx, trx, [opened]));
  return opened;
}

/** A relation and its two accounts checked and given ids, not yet stored. */
export function newRelation(ctx: AppContext, organisationId: string, input: AddRelationInput, today: IsoDate): RelationWithAccounts {
  const cadenceDays = input.cadenceDays ?? DEFAULT_CADENCE_DAYS;
  if (!Number.isInteger(cadenceDays) || cadenceDays < 1 || cadenceDays > 3650) {
    throw new ValidationError([{ field: 'cadenceDays', message: 'must be a whole number of days from 1 to 3650' }]);
  }
  const relation: RelationRecord = {
    id: ctx.newId(),
    organisationId,
    stakeholderId: input.stakeholderId,
    ownerUserId: null,
    startedOn: requirePastDate('startedOn', input.startedOn ?? today, today),
    scope: requireOneOf('scope', input.scope ?? 'contract', SCOPES),
    cadenceDays,
    createdAt: ctx.now().toISOString(),
  };
  const accounts: AccountRecord[] = DIRECTIONS.map((direction) => ({
    id: ctx.newId(),
    organisationId,
    relationId: relation.id,
    direction,
  }));
  return withAccounts(relation, accounts);
}

/** Stores relations made by `newRelation`, with their accounts, inside the caller's transaction. */
export async function storeRelations(ctx: AppContext, trx: Kysely<Database>, opened: readonly RelationWithAccounts[]): Promise<void> {
  const relations = opened.map(({ accounts: _accounts, ...relation }) => relation);
  const accounts = opened.flatMap((relation) =>
    DIRECTIONS.map((direction) => ({ id: relation.accounts[direction], organisationId: relation.organisationId, relationId: relation.id, direction })),
  );
  await insertRelations(trx, relations, accounts);
  if (opened.length > 0) {
    await auditAll(ctx, trx, opened[0]!.organisationId, opened.map((relation) => ({ action: 'relation.create', objectType: 'relation', objectId: relation.id })));
  }
}

export function withAccounts(relation: RelationRecord, accounts: readonly AccountRecord[]): RelationWithAccounts {
  const ids = Object.fromEntries(accounts.filter((a) => a.relationId === relation.id).map((a) => [a.direction, a.id]));
  return { ...relation, accounts: { received: ids.received ?? '', given: ids.given ?? '' } };
}

export async function getRelation(ctx: AppContext, organisationId: string, id: string): Promise<RelationRecord> {
  const relation = await findRelation(ctx.store.db, organisationId, id);
  if (!relation) throw new NotFoundError('relation', id);
  return relation;
}

export async function getAccountRecord(ctx: AppContext, organisationId: string, id: string): Promise<AccountRecord> {
  const account = await findAccount(ctx.store.db, organisationId, id);
  if (!account) throw new NotFoundError('account', id);
  return account;
}
