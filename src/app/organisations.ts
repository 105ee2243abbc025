import { dateIn, isTimeZone, type IsoDate } from '../domain/calendar.ts';
import { DEFAULT_PARAMETERS } from '../domain/parameters.ts';
import {
  findOrganisation,
  insertOrganisation,
  insertParameterVersion,
  listOrganisations,
  updateOrganisation,
  type OrganisationRecord,
} from '../store/organisations.ts';
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
  const timeZone = requireTimeZone(input.timeZone ?? DEFAULT_TIME_ZONE);
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

function requireTimeZone(timeZone: string): string {
  if (!isTimeZone(timeZone)) throw new ValidationError([{ field: 'timeZone', message: 'must be a time zone such as Europe/Brussels' }]);
  return timeZone;
}

/**
 * Renames the organisation or moves it to another time zone. The ledger keeps its dates: a new
 * zone changes only what "today" is from now on.
 */
export async function editOrganisation(
  ctx: AppContext,
  organisationId: string,
  input: { readonly name?: string; readonly timeZone?: string },
): Promise<OrganisationRecord> {
  const current = await getOrganisation(ctx, organisationId);
  const changes = {
    ...(input.name === undefined ? {} : { name: requireText('name', input.name, 200) }),
    ...(input.timeZone === undefined ? {} : { timeZone: requireTimeZone(input.timeZone) }),
  };
  const changed = Object.entries(changes).filter(([key, value]) => current[key as keyof typeof changes] !== value);
  if (changed.length === 0) return current;
  await ctx.store.db.transaction().execute(async (trx) => {
    await updateOrganisation(trx, organisationId, changes);
    await audit(ctx, trx, organisationId, {
      action: 'organisation.edit',
      objectType: 'organisation',
      objectId: organisationId,
      details: Object.fromEntries(changed.map(([key, value]) => [key, { from: current[key as keyof typeof changes], to: value }])),
    });
  });
  return getOrganisation(ctx, organisationId);
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
