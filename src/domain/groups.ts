import type { Reading } from './account-reading.ts';
import { DIMENSIONS, type Dimension, type Direction, type Level } from './vocabulary.ts';

/** An account's reading with what grouping needs to know of its stakeholder. */
export interface GroupMember {
  readonly direction: Direction;
  readonly level: Level;
  readonly category: string;
  /** 1–5; more important stakeholders weigh more in a group's figures. */
  readonly importance: number;
  readonly reading: Pick<Reading, 'trustLevel' | 'balance'> & {
    readonly legs: Readonly<Record<Dimension, Pick<Reading, 'trustLevel'>>>;
  };
}

/**
 * A group's figures: importance-weighted mean of T, importance-weighted sum of balance (social
 * capital that matters more counts more), the plain sum of balance beside it, and the
 * importance-weighted mean T of each leg of the tripod.
 */
export interface GroupFigures {
  readonly accounts: number;
  readonly trustLevel: number | null;
  readonly balance: number;
  readonly weightedBalance: number;
  readonly legs: Readonly<Record<Dimension, number | null>>;
}

/** A group's figures; only each member's importance and reading count. */
export function groupFigures(members: readonly Pick<GroupMember, 'importance' | 'reading'>[]): GroupFigures {
  let weight = 0;
  let weightedTrust = 0;
  let balance = 0;
  let weightedBalance = 0;
  const weightedLegs = { intentional: 0, professional: 0, contractual: 0 } satisfies Record<Dimension, number>;
  for (const { importance, reading } of members) {
    weight += importance;
    weightedTrust += importance * reading.trustLevel;
    balance += reading.balance;
    weightedBalance += importance * reading.balance;
    for (const d of DIMENSIONS) weightedLegs[d] += importance * reading.legs[d].trustLevel;
  }
  const mean = (sum: number) => (weight === 0 ? null : sum / weight);
  return {
    accounts: members.length,
    trustLevel: mean(weightedTrust),
    balance,
    weightedBalance,
    legs: { intentional: mean(weightedLegs.intentional), professional: mean(weightedLegs.professional), contractual: mean(weightedLegs.contractual) },
  };
}

/** Figures per key, keys in first-seen order. */
export function groupBy(
  members: readonly GroupMember[],
  key: (member: GroupMember) => string,
): Record<string, GroupFigures> {
  const groups = new Map<string, GroupMember[]>();
  for (const member of members) {
    const k = key(member);
    // Appended in place: copying the group for each member made the overview quadratic.
    const group = groups.get(k);
    if (group) group.push(member);
    else groups.set(k, [member]);
  }
  return Object.fromEntries([...groups].map(([k, group]) => [k, groupFigures(group)]));
}

/** The organisation overview of one direction: the whole, per level and per category. */
export interface DirectionOverview {
  readonly total: GroupFigures;
  readonly byLevel: Record<string, GroupFigures>;
  readonly byCategory: Record<string, GroupFigures>;
}

export function directionOverview(members: readonly GroupMember[], direction: Direction): DirectionOverview {
  const own = members.filter((m) => m.direction === direction);
  return {
    total: groupFigures(own),
    byLevel: groupBy(own, (m) => m.level),
    byCategory: groupBy(own, (m) => m.category),
  };
}
