import type { Dimension, Direction } from './vocabulary.ts';

/**
 * Dividend and interest (essay §4 and §8.3). Social capital pays out in behaviour, not in money:
 * a positive balance yields engagement, resilience, productivity and lower transaction costs; a
 * negative one costs interest in control, slowness and disengagement. Each item follows the leg of
 * the tripod whose balance drives it — good will and its absence show in how people engage, ability
 * in how work flows, reliability on agreements in what transactions cost — and the statement
 * names the relations whose legs cause it. No money figure is invented: an item's weight is the
 * importance-weighted leg balance of its relations, for ordering only.
 */

export const DIVIDEND_ITEMS = [
  'engagement',
  'initiative',
  'broader_cooperation',
  'resilience',
  'productivity',
  'efficiency',
  'lower_transaction_cost',
] as const;
export type DividendItem = (typeof DIVIDEND_ITEMS)[number];

export const INTEREST_ITEMS = [
  'disengagement',
  'demotivation',
  'disinformation',
  'factions',
  'slower_decisions',
  'inefficiency',
  'micromanagement',
  'higher_transaction_costs',
  'compulsive_control',
] as const;
export type InterestItem = (typeof INTEREST_ITEMS)[number];

/** Which leg's balance drives each item. */
export const DIVIDEND_BY_LEG = {
  intentional: ['engagement', 'initiative', 'broader_cooperation'],
  professional: ['resilience', 'productivity', 'efficiency'],
  contractual: ['lower_transaction_cost'],
} as const satisfies Record<Dimension, readonly DividendItem[]>;

export const INTEREST_BY_LEG = {
  intentional: ['disengagement', 'demotivation', 'disinformation', 'factions'],
  professional: ['slower_decisions', 'inefficiency', 'micromanagement'],
  contractual: ['higher_transaction_costs', 'compulsive_control'],
} as const satisfies Record<Dimension, readonly InterestItem[]>;

/** One account as the returns need it. */
export interface ReturnsAccount {
  readonly relationId: string;
  readonly stakeholderName: string;
  readonly direction: Direction;
  /** 1–5. */
  readonly importance: number;
  readonly balance: number;
  readonly legBalances: Readonly<Record<Dimension, number>>;
}

export interface ReturnCause {
  readonly relationId: string;
  readonly stakeholderName: string;
  readonly direction: Direction;
  readonly dimension: Dimension;
  /** The leg's balance (r − s); positive for a dividend, negative for interest. */
  readonly legBalance: number;
}

export interface ReturnLine<Item extends string> {
  readonly item: Item;
  readonly dimension: Dimension;
  /** Σ importance × |leg balance| over the causes: for ordering, not a price. */
  readonly weight: number;
  /** Heaviest first. */
  readonly causes: readonly ReturnCause[];
}

export interface Returns {
  readonly dividend: readonly ReturnLine<DividendItem>[];
  readonly interest: readonly ReturnLine<InterestItem>[];
}

function linesOf<Item extends string>(
  accounts: readonly ReturnsAccount[],
  byLeg: Readonly<Record<Dimension, readonly Item[]>>,
  sign: 1 | -1,
): ReturnLine<Item>[] {
  const lines: ReturnLine<Item>[] = [];
  for (const dimension of Object.keys(byLeg) as Dimension[]) {
    // An account pays dividend where both it and the leg are in credit, interest where both are in debit.
    const own = accounts.filter((a) => sign * a.balance > 0 && sign * a.legBalances[dimension] > 0);
    if (own.length === 0) continue;
    const weight = own.reduce((sum, a) => sum + a.importance * Math.abs(a.legBalances[dimension]), 0);
    const causes = own
      .map((a) => ({ relationId: a.relationId, stakeholderName: a.stakeholderName, direction: a.direction, dimension, legBalance: a.legBalances[dimension], importance: a.importance }))
      .sort((x, y) => y.importance * Math.abs(y.legBalance) - x.importance * Math.abs(x.legBalance) || x.stakeholderName.localeCompare(y.stakeholderName))
      .map(({ importance: _importance, ...cause }) => cause);
    for (const item of byLeg[dimension]) lines.push({ item, dimension, weight, causes });
  }
  return lines.sort((x, y) => y.weight - x.weight);
}

/** The dividend of every account in credit and the interest of every account in debit, heaviest first. */
export function statementReturns(accounts: readonly ReturnsAccount[]): Returns {
  return { dividend: linesOf(accounts, DIVIDEND_BY_LEG, 1), interest: linesOf(accounts, INTEREST_BY_LEG, -1) };
}
