import { dateIn, isTimeZone, type IsoDate } from '../domain/calendar.ts';
import { DEFAULT_PARAMETERS } from '../domain/parameters.ts';
import { findOrganisation, insertOrganisation, insertParameterVersion, listOrganisations, type OrganisationRecord } from '../store/organisations.ts';
import type { Role } from '../domain/roles.ts';
import { insertMembership, membershipsOfUser } from '../store/users.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { requireText } from './validate.ts';

export interface CreateOrganisationInput {
  readonly name: string;
  /** The user who becomes its first owner; none when the system creates it (CLI, demo). */
  readonly ownerUserId?: string;
  /** IANA time zone deciding what "today" is; Europe/Brussels when not given. */
  readonly timeZone?: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

/** A new organisation starts with parameter version 1, the defaults, and its first owner. */
export async function createOrganisation(ctx: AppContext, input: CreateOrganisationInput): Promise<OrganisationRecord> {
  const name = requireText('name', input.name, 200);
  const createdAt = ctx.now().toISOString();
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) throw new ValidationError([{ field: 'timeZone', message: 'must be a time zone such as Europe/Brussels' }]);
  const organisation: OrganisationRecord = { id: ctx.newId(), name, createdAt, timeZone };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, organisation);
    await insertParameterVersion(trx, organisation.id, {
      version: 1,
      parameters: DEFAULT_PARAMETERS,
      note: 'Defaults',
      createdAt,
    });
    if (input.ownerUserId !== undefined) {
      await insertMembership(trx, organisation.id, input.ownerUserId, 'owner', createdAt);
    }
    await audit(ctx, trx, organisation.id, { action: 'organisation.create', objectType: 'organisation', objectId: organisation.id, details: { name } });
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

/** The organisations a user belongs to, with their role in each. */
export async function organisationsOfUser(ctx: AppContext, userId: string): Promise<(OrganisationRecord & { role: Role })[]> {
  const memberships = await membershipsOfUser(ctx.store.db, userId);
  const all = new Map((await listOrganisations(ctx.store.db)).map((o) => [o.id, o]));
  return memberships.flatMap((m) => {
    const organisation = all.get(m.organisationId);
    return organisation ? [{ ...organisation, role: m.role }] : [];
  });
}

/** What "today" is for an organisation: the date in its time zone. */
export async function organisationToday(ctx: AppContext, organisationId: string): Promise<IsoDate> {
  return dateIn(ctx.now(), (await getOrganisation(ctx, organisationId)).timeZone);
}
