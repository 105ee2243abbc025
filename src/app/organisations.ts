import { DEFAULT_PARAMETERS } from '../domain/parameters.ts';
import { findOrganisation, insertOrganisation, insertParameterVersion, listOrganisations, type OrganisationRecord } from '../store/organisations.ts';
import type { AppContext } from './context.ts';
import { NotFoundError } from './errors.ts';
import { requireText } from './validate.ts';

export interface CreateOrganisationInput {
  readonly name: string;
}

/** A new organisation starts with parameter version 1: the defaults. */
export async function createOrganisation(ctx: AppContext, input: CreateOrganisationInput): Promise<OrganisationRecord> {
  const name = requireText('name', input.name, 200);
  const createdAt = ctx.now().toISOString();
  const organisation: OrganisationRecord = { id: ctx.newId(), name, createdAt };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, organisation);
    await insertParameterVersion(trx, organisation.id, {
      version: 1,
      parameters: DEFAULT_PARAMETERS,
      note: 'Defaults',
      createdAt,
    });
  });
  return organisation;
}

export async function getOrganisation(ctx: AppContext, organisationId: string): Promise<OrganisationRecord> {
  const organisation = await findOrganisation(ctx.store.db, organisationId);
  if (!organisation) throw new NotFoundError('organisation', organisationId);
  return organisation;
}

export function listAllOrganisations(ctx: AppContext): Promise<OrganisationRecord[]> {
  return listOrganisations(ctx.store.db);
}
