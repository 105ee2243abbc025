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

/** The month ends asked for and every entry up to the last: of one account, or of the followed relations. */
async function trendSnapshot(ctx: AppContext, organisationId: string, options: TrendOptions, scope?: SnapshotScope) {
  const to = await resolveAsOf(ctx, organisationId, options.to, 'to');
  const from = options.from === undefined ? addDays(to, -334) : await resolveAsOf(ctx, organisationId, options.from, 'from');
  if (from > to) throw new ValidationError([{ field: 'from', message: 'must not be after `to`' }]);
  let dates: IsoDate[];
  try {
    dates = monthEnds(from, to);
  } catch (error) {
    throw new ValidationError([{ field: 'from', message: error instanceof Error ? error.message : String(error) }]);
  }
  const snapshot = await loadSnapshot(ctx, organisationId, { asOf: to, parameterVersion: options.parameterVersion, fullHistory: true }, scope);
  return { snapshot, dates };
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
  const { snapshot, dates } = await trendSnapshot(ctx, organisationId, options, { accountId });
  const account = snapshot.accounts.find((a) => a.id === accountId);
  if (!account) throw new NotFoundError('account', accountId);
  return { accountId, parameterVersion: snapshot.parameters.version, dates, points: readingsOf(snapshot, account, dates) };
}

/** Group figures at every month end of a period: the organisation's, or per level or category. */
export async function readGroupTrends(
  ctx: AppContext,
  organisationId: string,
  options: TrendOptions & { direction: Direction; groupBy: TrendGrouping },
): Promise<GroupTrends> {
  const { snapshot, dates } = await trendSnapshot(ctx, organisationId, options);
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
