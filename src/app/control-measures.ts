import { isIsoDate, type IsoDate } from '../domain/calendar.ts';
import { CONTROL_KINDS, MAX_YEARLY_EUROS, MAX_YEARLY_HOURS, type ControlKind } from '../domain/control-measures.ts';
import {
  findControlMeasure,
  insertControlMeasure,
  listControlMeasures,
  updateControlMeasure,
  type ControlMeasureRecord,
} from '../store/control-measures.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from './errors.ts';
import { getRelation } from './relations.ts';
import { requireOneOf, requireText } from './validate.ts';

export const MAX_MEASURE_DESCRIPTION = 2000;

export interface ControlMeasureInput {
  readonly kind: ControlKind;
  readonly description: string;
  readonly yearlyEuros?: number | null;
  readonly yearlyHours?: number | null;
  readonly startedOn: string;
}

function wholeAmount(field: string, value: number | null | undefined, max: number, issues: FieldIssue[]): number | null {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > max) issues.push({ field, message: `must be a whole number from 0 to ${max}` });
  return value;
}

/** A measure's fields checked together, so every mistake is reported at once. */
function checkFields(input: ControlMeasureInput): Omit<ControlMeasureInput, 'yearlyEuros' | 'yearlyHours'> & { yearlyEuros: number | null; yearlyHours: number | null } {
  const kind = requireOneOf('kind', input.kind, CONTROL_KINDS);
  const description = requireText('description', input.description, MAX_MEASURE_DESCRIPTION);
  const issues: FieldIssue[] = [];
  const yearlyEuros = wholeAmount('yearlyEuros', input.yearlyEuros, MAX_YEARLY_EUROS, issues);
  const yearlyHours = wholeAmount('yearlyHours', input.yearlyHours, MAX_YEARLY_HOURS, issues);
  if (yearlyEuros === null && yearlyHours === null) issues.push({ field: 'yearlyEuros', message: 'give the yearly cost in euros, in hours, or both' });
  if (!isIsoDate(input.startedOn)) issues.push({ field: 'startedOn', message: 'must be a date as YYYY-MM-DD' });
  if (issues.length > 0) throw new ValidationError(issues);
  return { kind, description, yearlyEuros, yearlyHours, startedOn: input.startedOn };
}

async function getMeasure(ctx: AppContext, organisationId: string, relationId: string, id: string): Promise<ControlMeasureRecord> {
  const measure = await findControlMeasure(ctx.store.db, organisationId, id);
  if (!measure || measure.relationId !== relationId) throw new NotFoundError('control measure', id);
  return measure;
}

/** The measures of one relation, ended ones included: the register keeps them. */
export async function relationControlMeasures(ctx: AppContext, organisationId: string, relationId: string): Promise<ControlMeasureRecord[]> {
  await getRelation(ctx, organisationId, relationId);
  return listControlMeasures(ctx.store.db, organisationId, relationId);
}

export async function organisationControlMeasures(ctx: AppContext, organisationId: string): Promise<ControlMeasureRecord[]> {
  return listControlMeasures(ctx.store.db, organisationId);
}

export async function addControlMeasure(ctx: AppContext, organisationId: string, relationId: string, input: ControlMeasureInput): Promise<ControlMeasureRecord> {
  await getRelation(ctx, organisationId, relationId);
  const fields = checkFields(input);
  const measure: ControlMeasureRecord = {
    id: ctx.newId(),
    organisationId,
    relationId,
    ...fields,
    endedOn: null,
    history: [],
    createdAt: ctx.now().toISOString(),
    createdBy: ctx.actor.userId,
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertControlMeasure(trx, measure);
    await audit(ctx, trx, organisationId, { action: 'control_measure.add', objectType: 'control_measure', objectId: measure.id, details: { relationId, kind: measure.kind } });
  });
  return measure;
}

/** The version a change replaces, kept in the measure's history. */
function versionOf(ctx: AppContext, measure: ControlMeasureRecord): ControlMeasureRecord['history'][number] {
  const { kind, description, yearlyEuros, yearlyHours, startedOn, endedOn } = measure;
  return { kind, description, yearlyEuros, yearlyHours, startedOn, endedOn, replacedAt: ctx.now().toISOString(), replacedBy: ctx.actor.userId };
}

async function save(ctx: AppContext, measure: ControlMeasureRecord, action: string): Promise<ControlMeasureRecord> {
  await ctx.store.db.transaction().execute(async (trx) => {
    await updateControlMeasure(trx, measure);
    await audit(ctx, trx, measure.organisationId, { action, objectType: 'control_measure', objectId: measure.id, details: { relationId: measure.relationId } });
  });
  return measure;
}

/** Corrects a measure; what it said before stays in its history. */
export async function changeControlMeasure(
  ctx: AppContext,
  organisationId: string,
  relationId: string,
  id: string,
  input: Partial<ControlMeasureInput>,
): Promise<ControlMeasureRecord> {
  const current = await getMeasure(ctx, organisationId, relationId, id);
  const fields = checkFields({ ...current, ...input });
  if (current.endedOn !== null && current.endedOn < fields.startedOn) {
    throw new ValidationError([{ field: 'startedOn', message: `must not be after the end date (${current.endedOn})` }]);
  }
  return save(ctx, { ...current, ...fields, history: [...current.history, versionOf(ctx, current)] }, 'control_measure.change');
}

/** Ends a measure on a date: from that day on it no longer counts, and it stays in the register. */
export async function endControlMeasure(ctx: AppContext, organisationId: string, relationId: string, id: string, endedOn: IsoDate): Promise<ControlMeasureRecord> {
  const current = await getMeasure(ctx, organisationId, relationId, id);
  if (!isIsoDate(endedOn)) throw new ValidationError([{ field: 'endedOn', message: 'must be a date as YYYY-MM-DD' }]);
  if (endedOn < current.startedOn) throw new ValidationError([{ field: 'endedOn', message: `must not be before the start (${current.startedOn})` }]);
  if (current.endedOn !== null) throw new ConflictError(`control measure ${id} already ended on ${current.endedOn}`);
  return save(ctx, { ...current, endedOn, history: [...current.history, versionOf(ctx, current)] }, 'control_measure.end');
}
