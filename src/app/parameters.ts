import { PARAMETER_LIMITS, type Parameters } from '../domain/parameters.ts';
import { accumulate, scaledContribution, type ScaledContribution } from '../domain/scaled-sums.ts';
import { effectiveEntries } from '../domain/ledger-entry.ts';
import { CATEGORY_PATTERN } from '../domain/vocabulary.ts';
import { organisationEntries, replaceSums } from '../store/entries.ts';
import {
  currentParameterVersion,
  findParameterVersion,
  insertParameterVersion,
  listParameterVersions,
  type ParameterVersionRecord,
} from '../store/organisations.ts';
import { isUniqueViolation } from '../store/unique-violation.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from './errors.ts';
import { getOrganisation } from './organisations.ts';
import { requireText } from './validate.ts';

export interface ParameterHistory {
  readonly current: ParameterVersionRecord;
  /** Newest first. */
  readonly versions: ParameterVersionRecord[];
}

export async function getParameterHistory(ctx: AppContext, organisationId: string): Promise<ParameterHistory> {
  await getOrganisation(ctx, organisationId);
  const versions = await listParameterVersions(ctx.store.db, organisationId);
  return { current: versions[0]!, versions };
}

/** The parameters figures are computed under: a named version, or the current one. */
export async function resolveParameters(
  ctx: AppContext,
  organisationId: string,
  version?: number,
): Promise<ParameterVersionRecord & { isCurrent: boolean }> {
  const current = await currentParameterVersion(ctx.store.db, organisationId);
  if (version === undefined || version === current.version) return { ...current, isCurrent: true };
  const named = await findParameterVersion(ctx.store.db, organisationId, version);
  if (!named) throw new NotFoundError('parameter version', String(version));
  return { ...named, isCurrent: false };
}

export interface ChangeParametersInput {
  readonly changes: Partial<Parameters>;
  /** Why the parameters change; kept with the version. */
  readonly note: string;
}

function checkChanges(changes: Partial<Parameters>): void {
  const issues: FieldIssue[] = [];
  for (const [name, limits] of Object.entries(PARAMETER_LIMITS)) {
    const value = changes[name as keyof typeof PARAMETER_LIMITS];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < limits.min || value > limits.max) {
      issues.push({ field: `changes.${name}`, message: `must be a number from ${limits.min} to ${limits.max}` });
    }
  }
  const { min, max } = PARAMETER_LIMITS.baseRate;
  for (const [category, rate] of Object.entries(changes.baseRateByCategory ?? {})) {
    if (!CATEGORY_PATTERN.test(category)) {
      issues.push({ field: `changes.baseRateByCategory.${category}`, message: 'is not a category key' });
    } else if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < min || rate > max) {
      issues.push({ field: `changes.baseRateByCategory.${category}`, message: `must be a number from ${min} to ${max}` });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Records a new parameter version and rescales the running sums to it, in one transaction.
 * Earlier versions stay, so any figure can still be computed under them.
 */
export async function changeParameters(
  ctx: AppContext,
  organisationId: string,
  input: ChangeParametersInput,
): Promise<ParameterVersionRecord> {
  await getOrganisation(ctx, organisationId);
  const note = requireText('note', input.note, 500);
  checkChanges(input.changes);
  try {
    return await ctx.store.db.transaction().execute(async (trx) => {
      const current = await currentParameterVersion(trx, organisationId);
      const next: ParameterVersionRecord = {
        version: current.version + 1,
        parameters: { ...current.parameters, ...input.changes },
        note,
        createdAt: ctx.now().toISOString(),
      };
      await insertParameterVersion(trx, organisationId, next);
      const contributions = new Map<string, ScaledContribution[]>();
      for (const entry of effectiveEntries(await organisationEntries(trx, organisationId))) {
        const own = contributions.get(entry.accountId) ?? [];
        own.push(scaledContribution(entry, next.parameters));
        contributions.set(entry.accountId, own);
      }
      const sums = new Map([...contributions].map(([accountId, own]) => [accountId, accumulate([], own)]));
      await replaceSums(trx, organisationId, next.version, sums);
      await audit(ctx, trx, organisationId, {
        action: 'parameters.change',
        objectType: 'parameter_version',
        objectId: String(next.version),
        details: { changes: input.changes, note },
      });
      return next;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('the parameters were changed at the same moment by someone else; try again');
    throw error;
  }
}
