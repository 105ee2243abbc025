import { CATEGORY_PATTERN, LEVELS, type Level } from '../domain/vocabulary.ts';
import { findStakeholder, insertStakeholder, listStakeholders, type StakeholderRecord } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { getOrganisation } from './organisations.ts';
import { requireOneOf, requireRating, requireText } from './validate.ts';

export interface AddStakeholderInput {
  readonly name: string;
  readonly category: string;
  readonly level: Level;
  readonly importance?: number;
  readonly influence?: number;
  readonly interest?: number;
  readonly vulnerability?: number;
  readonly tags?: readonly string[];
}

/** Ratings a user does not give start in the middle of the 1–5 scale. */
const DEFAULT_RATING = 3;

export async function addStakeholder(
  ctx: AppContext,
  organisationId: string,
  input: AddStakeholderInput,
): Promise<StakeholderRecord> {
  await getOrganisation(ctx, organisationId);
  if (!CATEGORY_PATTERN.test(input.category)) {
    throw new ValidationError([
      { field: 'category', message: 'must be a category key: lower-case letters, digits and _, at most 40' },
    ]);
  }
  const tags = (input.tags ?? []).map((tag, i) => requireText(`tags.${i}`, tag, 40));
  const stakeholder: StakeholderRecord = {
    id: ctx.newId(),
    organisationId,
    name: requireText('name', input.name, 200),
    category: input.category,
    level: requireOneOf('level', input.level, LEVELS),
    importance: requireRating('importance', input.importance ?? DEFAULT_RATING),
    influence: requireRating('influence', input.influence ?? DEFAULT_RATING),
    interest: requireRating('interest', input.interest ?? DEFAULT_RATING),
    vulnerability: requireRating('vulnerability', input.vulnerability ?? DEFAULT_RATING),
    tags: [...new Set(tags)],
    createdAt: ctx.now().toISOString(),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertStakeholder(trx, stakeholder);
    await audit(ctx, trx, organisationId, { action: 'stakeholder.create', objectType: 'stakeholder', objectId: stakeholder.id });
  });
  return stakeholder;
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
