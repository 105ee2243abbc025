import { CATEGORY_PATTERN, LEVELS, type Level } from '../domain/vocabulary.ts';
import {
  findStakeholder,
  insertStakeholders,
  listStakeholders,
  setStakeholderArchivedAt,
  updateStakeholder,
  type StakeholderChanges,
  type StakeholderRecord,
} from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { getOrganisation, organisationToday } from './organisations.ts';
import { newRelation, storeRelations, type AddRelationInput, type RelationWithAccounts } from './relations.ts';
import { requireOneOf, requireRating, requireText } from './validate.ts';

export interface StakeholderFields {
  readonly name: string;
  readonly category: string;
  readonly level: Level;
  readonly importance?: number;
  readonly influence?: number;
  readonly interest?: number;
  readonly vulnerability?: number;
  readonly tags?: readonly string[];
}

export interface AddStakeholderInput extends StakeholderFields {
  /** When given, the relation with its two accounts is opened in the same transaction. */
  readonly relation?: Omit<AddRelationInput, 'stakeholderId'>;
}

export type EditStakeholderInput = Partial<StakeholderFields>;

/** Ratings a user does not give start in the middle of the 1–5 scale. */
const DEFAULT_RATING = 3;

/** Checks the fields that are present and returns them in their stored form. */
function checkFields(input: EditStakeholderInput): StakeholderChanges {
  if (input.category !== undefined && !CATEGORY_PATTERN.test(input.category)) {
    throw new ValidationError([
      { field: 'category', message: 'must be a category key: lower-case letters, digits and _, at most 40' },
    ]);
  }
  const ratings = (['importance', 'influence', 'interest', 'vulnerability'] as const).filter((k) => input[k] !== undefined);
  return {
    ...(input.name === undefined ? {} : { name: requireText('name', input.name, 200) }),
    ...(input.category === undefined ? {} : { category: input.category }),
    ...(input.level === undefined ? {} : { level: requireOneOf('level', input.level, LEVELS) }),
    ...Object.fromEntries(ratings.map((k) => [k, requireRating(k, input[k]!)])),
    ...(input.tags === undefined ? {} : { tags: [...new Set(input.tags.map((tag, i) => requireText(`tags.${i}`, tag, 40)))] }),
  };
}

export async function addStakeholder(
  ctx: AppContext,
  organisationId: string,
  input: AddStakeholderInput,
): Promise<StakeholderRecord & { readonly relation: RelationWithAccounts | null }> {
  await getOrganisation(ctx, organisationId);
  const fields = checkFields(input);
  const stakeholder: StakeholderRecord = {
    id: ctx.newId(),
    organisationId,
    name: fields.name!,
    category: fields.category!,
    level: fields.level!,
    importance: fields.importance ?? DEFAULT_RATING,
    influence: fields.influence ?? DEFAULT_RATING,
    interest: fields.interest ?? DEFAULT_RATING,
    vulnerability: fields.vulnerability ?? DEFAULT_RATING,
    tags: fields.tags ?? [],
    createdAt: ctx.now().toISOString(),
    archivedAt: null,
  };
  const relation = input.relation
    ? newRelation(ctx, organisationId, { ...input.relation, stakeholderId: stakeholder.id }, await organisationToday(ctx, organisationId))
    : null;
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertStakeholders(trx, [stakeholder]);
    await audit(ctx, trx, organisationId, { action: 'stakeholder.create', objectType: 'stakeholder', objectId: stakeholder.id });
    if (relation) await storeRelations(ctx, trx, [relation]);
  });
  return { ...stakeholder, relation };
}

/** Changes what is known about a stakeholder; its ledger is untouched (the readings follow the new importance). */
export async function editStakeholder(
  ctx: AppContext,
  organisationId: string,
  id: string,
  input: EditStakeholderInput,
): Promise<StakeholderRecord> {
  const current = await getStakeholder(ctx, organisationId, id);
  const changes = checkFields(input);
  const changed = Object.keys(changes).filter(
    (key) => JSON.stringify(changes[key as keyof StakeholderChanges]) !== JSON.stringify(current[key as keyof StakeholderChanges]),
  );
  if (changed.length === 0) return current;
  await ctx.store.db.transaction().execute(async (trx) => {
    await updateStakeholder(trx, organisationId, id, changes);
    await audit(ctx, trx, organisationId, {
      action: 'stakeholder.edit',
      objectType: 'stakeholder',
      objectId: id,
      details: { fields: changed },
    });
  });
  return getStakeholder(ctx, organisationId, id);
}

/**
 * Archives a stakeholder the organisation no longer follows: it leaves the overview, the map and
 * the signals, no new entry can be recorded for it, and everything recorded stays.
 */
export async function archiveStakeholder(ctx: AppContext, organisationId: string, id: string): Promise<StakeholderRecord> {
  const current = await getStakeholder(ctx, organisationId, id);
  if (current.archivedAt !== null) throw new ConflictError(`stakeholder ${id} is already archived (since ${current.archivedAt})`);
  return setArchived(ctx, organisationId, id, ctx.now().toISOString());
}

/** Brings an archived stakeholder back, with its whole history. */
export async function restoreStakeholder(ctx: AppContext, organisationId: string, id: string): Promise<StakeholderRecord> {
  const current = await getStakeholder(ctx, organisationId, id);
  if (current.archivedAt === null) throw new ConflictError(`stakeholder ${id} is not archived`);
  return setArchived(ctx, organisationId, id, null);
}

async function setArchived(ctx: AppContext, organisationId: string, id: string, archivedAt: string | null): Promise<StakeholderRecord> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await setStakeholderArchivedAt(trx, organisationId, id, archivedAt);
    await audit(ctx, trx, organisationId, {
      action: archivedAt ? 'stakeholder.archive' : 'stakeholder.restore',
      objectType: 'stakeholder',
      objectId: id,
    });
  });
  return getStakeholder(ctx, organisationId, id);
}

export async function getStakeholder(ctx: AppContext, organisationId: string, id: string): Promise<StakeholderRecord> {
  const stakeholder = await findStakeholder(ctx.store.db, organisationId, id);
  if (!stakeholder) throw new NotFoundError('stakeholder', id);
  return stakeholder;
}

export async function listOrganisationStakeholders(ctx: AppContext, organisationId: string): Promise<StakeholderRecord[]> {
  await getOrganisation(ctx, organisationId);
  return listStakeholders(ctx.store.db, organisationId);
}
