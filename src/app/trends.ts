import type { AccountReading } from '../domain/account-reading.ts';
import { addDays, type IsoDate } from '../domain/calendar.ts';
import type { GroupFigures } from '../domain/groups.ts';
import { baseRateFor } from '../domain/parameters.ts';
import { accountTrend, groupTrend, monthEnds } from '../domain/trends.ts';
import type { Direction } from '../domain/vocabulary.ts';
import type { AccountRecord } from '../store/relations.ts';
import type { AppContext } from './context.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { loadSnapshot, resolveAsOf, type Snapshot, type SnapshotScope } from './organisation-snapshot.ts';
import { cachedReading } from './read-cache.ts';

export const TREND_GROUPINGS = ['organisation', 'level', 'category'] as const;
export type TrendGrouping = (typeof TREND_GROUPINGS)[number];

export interface TrendOptions {
  /** First month of the trend; defaults to eleven months before `to`, so a year of month ends. */
  readonly from?: string;
  /** Last point; defaults to today. */
  readonly to?: string;
  readonly parameterVersion?: number;
}

export interface AccountTrend {
  readonly accountId: string;
  readonly parameterVersion: number;
  readonly dates: IsoDate[];
  readonly points: AccountReading[];
}

export interface GroupTrends {
  readonly direction: Direction;
  readonly groupBy: TrendGrouping;
  readonly parameterVersion: number;
  readonly dates: IsoDate[];
  /** Per group key (`organisation`, a level or a category), its figures at each date. */
  readonly groups: Record<string, GroupFigures[]>;
}

/** The month ends of a trend's period, `from` and `to` resolved and checked. */
async function trendPeriod(ctx: AppContext, organisationId: string, options: TrendOptions): Promise<{ to: IsoDate; dates: IsoDate[] }> {
  const to = await resolveAsOf(ctx, organisationId, options.to, 'to');
  const from = options.from === undefined ? addDays(to, -334) : await resolveAsOf(ctx, organisationId, options.from, 'from');
  if (from > to) throw new ValidationError([{ field: 'from', message: 'must not be after `to`' }]);
  try {
    return { to, dates: monthEnds(from, to) };
  } catch (error) {
    throw new ValidationError([{ field: 'from', message: error instanceof Error ? error.message : String(error) }]);
  }
}

/** Every entry up to the period's end, of one account or of the followed relations: all a trend reads. */
function trendSnapshot(ctx: AppContext, organisationId: string, to: IsoDate, parameterVersion: number | undefined, scope?: SnapshotScope) {
  return loadSnapshot(ctx, organisationId, { asOf: to, parameterVersion, fullHistory: true, readingsOnly: true }, scope);
}

function readingsOf(snapshot: Snapshot, account: AccountRecord, dates: readonly IsoDate[]): AccountReading[] {
  const relation = snapshot.relationById.get(account.relationId)!;
  const stakeholder = snapshot.stakeholders.get(relation.stakeholderId)!;
  const { parameters } = snapshot.parameters;
  return accountTrend(snapshot.entries.get(account.id) ?? [], dates, parameters, baseRateFor(parameters, stakeholder.category));
}

/** An account's reading at every month end of a period, in one pass over its entries. */
export async function readAccountTrend(
  ctx: AppContext,
  organisationId: string,
  accountId: string,
  options: TrendOptions = {},
): Promise<AccountTrend> {
  const { to, dates } = await trendPeriod(ctx, organisationId, options);
  const snapshot = await trendSnapshot(ctx, organisationId, to, options.parameterVersion, { accountId });
  const account = snapshot.accounts.find((a) => a.id === accountId);
  if (!account) throw new NotFoundError('account', accountId);
  return { accountId, parameterVersion: snapshot.parameters.version, dates, points: readingsOf(snapshot, account, dates) };
}

/**
 * Group figures at every month end of a period: the organisation's, or per level or category.
 * Remembered until the next write (read-cache.ts): every entry is read to draw them.
 */
export async function readGroupTrends(
  ctx: AppContext,
  organisationId: string,
  options: TrendOptions & { direction: Direction; groupBy: TrendGrouping },
): Promise<GroupTrends> {
  const { to, dates } = await trendPeriod(ctx, organisationId, options);
  return cachedReading(
    ctx,
    ['group-trends', organisationId, dates[0], to, options.parameterVersion, options.direction, options.groupBy],
    () => groupTrends(ctx, organisationId, options, to, dates),
    (trends) => Object.keys(trends.groups).length * dates.length,
  );
}

async function groupTrends(
  ctx: AppContext,
  organisationId: string,
  options: TrendOptions & { direction: Direction; groupBy: TrendGrouping },
  to: IsoDate,
  dates: IsoDate[],
): Promise<GroupTrends> {
  const snapshot = await trendSnapshot(ctx, organisationId, to, options.parameterVersion);
  const members = new Map<string, { importance: number; readings: AccountReading[] }[]>();
  for (const account of snapshot.accounts) {
    if (account.direction !== options.direction) continue;
    const relation = snapshot.relationById.get(account.relationId)!;
    const stakeholder = snapshot.stakeholders.get(relation.stakeholderId)!;
    const key =
      options.groupBy === 'organisation' ? 'organisation' : options.groupBy === 'level' ? stakeholder.level : stakeholder.category;
    const group = members.get(key) ?? [];
    group.push({ importance: stakeholder.importance, readings: readingsOf(snapshot, account, dates) });
    members.set(key, group);
  }
  return {
    direction: options.direction,
    groupBy: options.groupBy,
    parameterVersion: snapshot.parameters.version,
    dates,
    groups: Object.fromEntries([...members].map(([key, group]) => [key, groupTrend(group, dates)])),
  };
}
