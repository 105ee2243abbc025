import { addDays, isIsoDate, type IsoDate } from '../domain/calendar.ts';
import { isValidMinimum, MIN_RESPONSES_DEFAULT, MIN_RESPONSES_FLOOR } from '../domain/survey-anonymity.ts';
import { SURVEY_KINDS, type FrozenInstrument, type SurveyKind } from '../domain/survey-instrument.ts';
import { CATEGORY_PATTERN } from '../domain/vocabulary.ts';
import { effectiveStatus, TARGET_TYPES, type ScanStatus } from '../domain/survey-scan.ts';
import { countResponses, findScan, insertScan, listScans, updateScan, type ScanRecord, type ScanTarget } from '../store/scans.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { instrumentForScan } from './instruments.ts';
import { getOrganisation, organisationToday } from './organisations.ts';
import { requireOneOf, requireText } from './validate.ts';

/** How long a scan stays open when no close date is given. */
export const DEFAULT_SCAN_DAYS = 21;

export interface ScanTargetInput {
  readonly type: ScanTarget['type'];
  /** A stakeholder id, a category key, or the name of a group. */
  readonly value: string;
  /** For a group: the stakeholders it holds. */
  readonly members?: readonly string[];
}

export interface ScanFields {
  readonly title: string;
  readonly kind: SurveyKind;
  /** An instrument id (a standard one's or the organisation's own); the standard one of the kind when left out. */
  readonly instrumentId?: string;
  readonly target: ScanTargetInput;
  readonly opensOn?: string;
  readonly closesOn?: string;
  readonly minResponses?: number;
}

/** A scan as its users see it: the record, its effective status and how many have answered. */
export interface ScanView extends Omit<ScanRecord, 'status' | 'bookedEntries'> {
  /** `closed` also once the close date has passed, whether or not someone closed it. */
  readonly status: ScanStatus;
  readonly responses: number;
  /** Responses per invitation issued (0–1); null before any invitation. */
  readonly responseRate: number | null;
  readonly booked: boolean;
  readonly bookedEntries: readonly string[];
}

function requireDate(field: string, value: string): IsoDate {
  if (!isIsoDate(value)) throw new ValidationError([{ field, message: 'must be a date as YYYY-MM-DD' }]);
  return value;
}

function requireMinimum(value: number): number {
  if (!isValidMinimum(value)) {
    throw new ValidationError([
      { field: 'minResponses', message: `must be a whole number of at least ${MIN_RESPONSES_FLOOR}: fewer answers would betray who gave them` },
    ]);
  }
  return value;
}

/** The stakeholders a target covers, checked against what the organisation follows. */
async function resolveTarget(ctx: AppContext, organisationId: string, input: ScanTargetInput): Promise<{ target: ScanTarget; members: string[] }> {
  const type = requireOneOf('target.type', input.type, TARGET_TYPES);
  const followed = (await listStakeholders(ctx.store.db, organisationId)).filter((s) => s.archivedAt === null);
  const known = new Set(followed.map((s) => s.id));
  if (type === 'stakeholder') {
    if (!known.has(input.value)) throw new ValidationError([{ field: 'target.value', message: 'is not a stakeholder the organisation follows' }]);
    return { target: { type, value: input.value }, members: [input.value] };
  }
  if (type === 'category') {
    if (!CATEGORY_PATTERN.test(input.value)) throw new ValidationError([{ field: 'target.value', message: 'must be a category key' }]);
    const members = followed.filter((s) => s.category === input.value).map((s) => s.id);
    if (members.length === 0) throw new ValidationError([{ field: 'target.value', message: 'no stakeholder the organisation follows is in this category' }]);
    return { target: { type, value: input.value }, members };
  }
  const name = requireText('target.value', input.value, 120);
  const members = [...new Set(input.members ?? [])];
  if (members.length === 0) throw new ValidationError([{ field: 'target.members', message: 'must name at least one stakeholder' }]);
  const unknown = members.findIndex((id) => !known.has(id));
  if (unknown >= 0) throw new ValidationError([{ field: `target.members.${unknown}`, message: 'is not a stakeholder the organisation follows' }]);
  return { target: { type, value: name }, members };
}

function checkDates(opensOn: IsoDate, closesOn: IsoDate): void {
  if (closesOn < opensOn) throw new ValidationError([{ field: 'closesOn', message: `must not be before the opening date (${opensOn})` }]);
}

/** Prepares a scan as a draft: nobody can answer it until it is opened. */
export async function createScan(ctx: AppContext, organisationId: string, input: ScanFields): Promise<ScanView> {
  await getOrganisation(ctx, organisationId);
  const kind = requireOneOf('kind', input.kind, SURVEY_KINDS);
  const today = await organisationToday(ctx, organisationId);
  const opensOn = input.opensOn === undefined ? today : requireDate('opensOn', input.opensOn);
  const closesOn = input.closesOn === undefined ? addDays(opensOn, DEFAULT_SCAN_DAYS) : requireDate('closesOn', input.closesOn);
  checkDates(opensOn, closesOn);
  const { target, members } = await resolveTarget(ctx, organisationId, input.target);
  const scan: ScanRecord = {
    id: ctx.newId(),
    organisationId,
    title: requireText('title', input.title, 200),
    kind,
    instrument: await instrumentForScan(ctx, organisationId, kind, input.instrumentId),
    target,
    members,
    status: 'draft',
    opensOn,
    closesOn,
    minResponses: requireMinimum(input.minResponses ?? MIN_RESPONSES_DEFAULT),
    invitationsIssued: 0,
    bookedEntries: null,
    createdAt: ctx.now().toISOString(),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertScan(trx, scan);
    await audit(ctx, trx, organisationId, { action: 'scan.create', objectType: 'scan', objectId: scan.id, details: { kind, target } });
  });
  return viewOf(ctx, scan, today);
}

/** Changes a draft. Once a scan is open, what it asks and of whom is fixed. */
export async function editScan(ctx: AppContext, organisationId: string, id: string, input: Partial<ScanFields>): Promise<ScanView> {
  const scan = await getScanRecord(ctx, organisationId, id);
  if (scan.status !== 'draft') throw new ConflictError(`scan ${id} is ${scan.status}: only a draft can be changed`);
  const kind = input.kind === undefined ? scan.kind : requireOneOf('kind', input.kind, SURVEY_KINDS);
  const instrument: FrozenInstrument | undefined =
    input.instrumentId !== undefined || kind !== scan.kind ? await instrumentForScan(ctx, organisationId, kind, input.instrumentId) : undefined;
  const resolved = input.target === undefined ? undefined : await resolveTarget(ctx, organisationId, input.target);
  const opensOn = input.opensOn === undefined ? scan.opensOn : requireDate('opensOn', input.opensOn);
  const closesOn = input.closesOn === undefined ? scan.closesOn : requireDate('closesOn', input.closesOn);
  checkDates(opensOn, closesOn);
  const changes = {
    ...(input.title === undefined ? {} : { title: requireText('title', input.title, 200) }),
    ...(instrument === undefined ? {} : { instrument }),
    ...(resolved === undefined ? {} : resolved),
    opensOn,
    closesOn,
    ...(input.minResponses === undefined ? {} : { minResponses: requireMinimum(input.minResponses) }),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await updateScan(trx, organisationId, id, changes, 'draft'))) throw new ConflictError(`scan ${id} is no longer a draft`);
    await audit(ctx, trx, organisationId, { action: 'scan.edit', objectType: 'scan', objectId: id, details: { fields: Object.keys(input) } });
  });
  return getScan(ctx, organisationId, id);
}

/**
 * Opens a draft for answers. A category's members are taken once more, as they are now, and
 * from here on the scan's group, instrument and threshold are fixed.
 */
export async function openScan(ctx: AppContext, organisationId: string, id: string): Promise<ScanView> {
  const scan = await getScanRecord(ctx, organisationId, id);
  if (scan.status !== 'draft') throw new ConflictError(`scan ${id} is already ${scan.status}`);
  const today = await organisationToday(ctx, organisationId);
  if (scan.closesOn < today) throw new ConflictError(`scan ${id} closes on ${scan.closesOn}, which has passed: change the close date first`);
  const { members } =
    scan.target.type === 'category' ? await resolveTarget(ctx, organisationId, scan.target) : { members: [...scan.members] };
  await ctx.store.db.transaction().execute(async (trx) => {
    if (!(await updateScan(trx, organisationId, id, { status: 'open', members }, 'draft'))) throw new ConflictError(`scan ${id} is no longer a draft`);
    await audit(ctx, trx, organisationId, { action: 'scan.open', objectType: 'scan', objectId: id });
  });
  return getScan(ctx, organisationId, id);
}

/** Closes an open scan before its close date: its links stop working and its results can be read. */
export async function closeScan(ctx: AppContext, organisationId: string, id: string): Promise<ScanView> {
  const scan = await getScanRecord(ctx, organisationId, id);
  if (scan.status !== 'open') throw new ConflictError(`scan ${id} is ${scan.status}: only an open scan can be closed`);
  const today = await organisationToday(ctx, organisationId);
  await ctx.store.db.transaction().execute(async (trx) => {
    // Closing early moves the close date to today, so the scan's dates say when it ran.
    const closesOn = scan.closesOn > today ? today : scan.closesOn;
    if (!(await updateScan(trx, organisationId, id, { status: 'closed', closesOn }, 'open'))) throw new ConflictError(`scan ${id} is no longer open`);
    await audit(ctx, trx, organisationId, { action: 'scan.close', objectType: 'scan', objectId: id });
  });
  return getScan(ctx, organisationId, id);
}

export async function getScanRecord(ctx: AppContext, organisationId: string, id: string): Promise<ScanRecord> {
  const scan = await findScan(ctx.store.db, organisationId, id);
  if (!scan) throw new NotFoundError('scan', id);
  return scan;
}

async function viewOf(ctx: AppContext, scan: ScanRecord, today: IsoDate): Promise<ScanView> {
  const responses = await countResponses(ctx.store.db, scan.organisationId, scan.id);
  return {
    ...scan,
    status: effectiveStatus(scan, today),
    responses,
    responseRate: scan.invitationsIssued === 0 ? null : responses / scan.invitationsIssued,
    booked: scan.bookedEntries !== null,
    bookedEntries: scan.bookedEntries ?? [],
  };
}

export async function getScan(ctx: AppContext, organisationId: string, id: string): Promise<ScanView> {
  return viewOf(ctx, await getScanRecord(ctx, organisationId, id), await organisationToday(ctx, organisationId));
}

export async function listOrganisationScans(ctx: AppContext, organisationId: string): Promise<ScanView[]> {
  await getOrganisation(ctx, organisationId);
  const today = await organisationToday(ctx, organisationId);
  return Promise.all((await listScans(ctx.store.db, organisationId)).map((scan) => viewOf(ctx, scan, today)));
}
