/**
 * Simulating a dilemma's option (DESIGN.md, "Dilemmas"; essay §3 and §6.2): what each option would
 * do to the trust accounts it touches, read today, written nowhere. A dilemma is a choice between
 * two goods; the simulation shows the trade-off per stakeholder — T and balance before and after,
 * band changes, the importance-weighted change in social capital, the worst-off stakeholder (the
 * most vulnerable first) and how many gain and lose — and no single magic score.
 *
 * An option's expected effects are entries that have not happened: each counts like an entry of
 * its amount dated today. A dilemma's **impact** (1–5) scales them — "the greater the impact of
 * the dilemma, the greater the deposit or the loss" (essay §6.2): impact 1 leaves an amount as
 * written, each step adds a quarter, impact 5 doubles it; never beyond ±5.
 *
 * Worked example. An empty account (T 50, balance 0) and one effect, −2 unintentional on fairness,
 * at impact 3: the amount becomes −2 · 1.5 = −3, which weighs 3 · 2.25 = 6.75 against. After:
 * balance −6.75, T = 100 · (0 + 0.5 · 2)/(6.75 + 2) ≈ 11.4: from uncertain to distrust.
 */
import { readAccount, type AccountReading } from './account-reading.ts';
import { addEvidence, entryWeight, type Evidence, type FoundationEvidence } from './evidence.ts';
import type { Band } from './opinion.ts';
import type { Parameters } from './parameters.ts';
import type { Direction, Foundation, Intent } from './vocabulary.ts';

export interface ExpectedEffect {
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly foundation: Foundation;
  /** −5…−1 or 1…5, as written, before the impact scales it. */
  readonly amount: number;
  /** For a withdrawal; null for a deposit. */
  readonly intent: Intent | null;
}

/** An account as the simulation needs it: whose it is, how much they matter, what it holds today. */
export interface SimulatedAccount {
  readonly accountId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  /** 1–5: weighs the change in social capital. */
  readonly importance: number;
  /** 1–5: the most vulnerable come first among those who lose. */
  readonly vulnerability: number;
  readonly baseRate: number;
  readonly evidence: FoundationEvidence;
}

/** The impact factor: 1 at impact 1, 2 at impact 5. */
export function impactFactor(impact: number): number {
  return 1 + (impact - 1) / 4;
}

/** An effect's amount as booked: scaled by the impact, rounded half away from zero, within ±5. */
export function scaledAmount(amount: number, impact: number): number {
  const size = Math.min(5, Math.max(1, Math.round(Math.abs(amount) * impactFactor(impact))));
  return Math.sign(amount) * size;
}

export interface AccountChange {
  readonly accountId: string;
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly before: AccountReading;
  readonly after: AccountReading;
  readonly trustChange: number;
  readonly balanceChange: number;
  readonly bandBefore: Band;
  readonly bandAfter: Band;
}

export interface OptionOutcome {
  /** Every account the option touches, in the order of the accounts given. */
  readonly changes: readonly AccountChange[];
  /** Σ importance · Δbalance: social capital that matters more counts more. */
  readonly socialCapitalChange: number;
  /** Of those who lose trust, the most vulnerable; among equals the biggest loss. Null when nobody loses. */
  readonly worstOff: AccountChange | null;
  readonly gainers: number;
  readonly losers: number;
  /** Effects naming a stakeholder and direction without an account in the ledger (not simulated). */
  readonly unmatched: readonly ExpectedEffect[];
}

/** Evidence to add per account, foundation by foundation. */
type Additions = Map<string, Map<Foundation, Evidence>>;

function add(additions: Additions, accountId: string, foundation: Foundation, evidence: Evidence): void {
  const own = additions.get(accountId) ?? new Map<Foundation, Evidence>();
  own.set(foundation, addEvidence(own.get(foundation) ?? { r: 0, s: 0 }, evidence));
  additions.set(accountId, own);
}

/** The evidence an effect adds today: its scaled amount's weight, for or against. */
function effectEvidence(effect: Pick<ExpectedEffect, 'amount' | 'intent'>, impact: number, parameters: Parameters): Evidence {
  const amount = scaledAmount(effect.amount, impact);
  const weight = entryWeight({ amount, intent: effect.intent }, parameters);
  return amount > 0 ? { r: weight, s: 0 } : { r: 0, s: weight };
}

function withAdditions(evidence: FoundationEvidence, extra: ReadonlyMap<Foundation, Evidence>): FoundationEvidence {
  return Object.fromEntries(
    Object.entries(evidence).map(([f, e]) => [f, extra.has(f as Foundation) ? addEvidence(e, extra.get(f as Foundation)!) : e]),
  ) as FoundationEvidence;
}

/** The figures of an option from the accounts' evidence before and the evidence it adds. */
function outcomeOf(
  accounts: readonly SimulatedAccount[],
  before: (account: SimulatedAccount) => FoundationEvidence,
  additions: Additions,
  asOf: string,
  parameters: Parameters,
  unmatched: readonly ExpectedEffect[],
): OptionOutcome {
  const changes: AccountChange[] = accounts
    .filter((account) => additions.has(account.accountId))
    .map((account) => {
      const start = before(account);
      const beforeReading = readAccount(start, asOf, parameters, account.baseRate);
      const after = readAccount(withAdditions(start, additions.get(account.accountId)!), asOf, parameters, account.baseRate);
      return {
        accountId: account.accountId,
        stakeholderId: account.stakeholderId,
        direction: account.direction,
        before: beforeReading,
        after,
        trustChange: after.trustLevel - beforeReading.trustLevel,
        balanceChange: after.balance - beforeReading.balance,
        bandBefore: beforeReading.band,
        bandAfter: after.band,
      };
    });
  const accountById = new Map(accounts.map((a) => [a.accountId, a]));
  const losers = changes.filter((c) => c.trustChange < 0);
  const worstOff =
    [...losers].sort(
      (x, y) => accountById.get(y.accountId)!.vulnerability - accountById.get(x.accountId)!.vulnerability || x.trustChange - y.trustChange,
    )[0] ?? null;
  return {
    changes,
    socialCapitalChange: changes.reduce((sum, c) => sum + accountById.get(c.accountId)!.importance * c.balanceChange, 0),
    worstOff,
    gainers: changes.filter((c) => c.trustChange > 0).length,
    losers: losers.length,
    unmatched,
  };
}

const keyOf = (stakeholderId: string, direction: Direction) => `${stakeholderId}:${direction}`;

type SimulationOptions = { readonly asOf: string; readonly parameters: Parameters; readonly impact: number };

/** What the option's own effects add to the accounts they name, and the effects that name none. */
function directAdditions(byKey: ReadonlyMap<string, SimulatedAccount>, effects: readonly ExpectedEffect[], options: SimulationOptions) {
  const additions: Additions = new Map();
  const unmatched: ExpectedEffect[] = [];
  for (const effect of effects) {
    const account = byKey.get(keyOf(effect.stakeholderId, effect.direction));
    if (account) add(additions, account.accountId, effect.foundation, effectEvidence(effect, options.impact, options.parameters));
    else unmatched.push(effect);
  }
  return { additions, unmatched };
}

const accountsByKey = (accounts: readonly SimulatedAccount[]) => new Map(accounts.map((a) => [keyOf(a.stakeholderId, a.direction), a]));

export function simulateOption(accounts: readonly SimulatedAccount[], effects: readonly ExpectedEffect[], options: SimulationOptions): OptionOutcome {
  const { additions, unmatched } = directAdditions(accountsByKey(accounts), effects, options);
  return outcomeOf(accounts, (a) => a.evidence, additions, options.asOf, options.parameters, unmatched);
}

/**
 * An optional influence network: what one stakeholder comes to think of us moves another's view
 * (media → customers 0.3). Weights are in (0, 1].
 */
export interface InfluenceEdge {
  readonly from: string;
  readonly to: string;
  readonly weight: number;
}

/**
 * Second-order effects: each direct effect reaches the stakeholders its stakeholder influences,
 * its evidence discounted by the edge's weight per hop (Subjective Logic's trust discounting, in
 * evidence form), up to two hops, never back to a stakeholder already on the path. They land on
 * the same direction and foundation as the effect they come from, and are read on top of the
 * direct effects, so the two stay apart: `direct` is `simulateOption`; `secondOrder` the change
 * the network adds to it.
 */
export function simulateWithInfluence(
  accounts: readonly SimulatedAccount[],
  effects: readonly ExpectedEffect[],
  edges: readonly InfluenceEdge[],
  options: SimulationOptions,
): { direct: OptionOutcome; secondOrder: OptionOutcome } {
  const { asOf, parameters, impact } = options;
  const byKey = accountsByKey(accounts);
  const first = directAdditions(byKey, effects, options);
  const direct = outcomeOf(accounts, (a) => a.evidence, first.additions, asOf, parameters, first.unmatched);
  const outgoing = new Map<string, InfluenceEdge[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const additions: Additions = new Map();
  const reach = (stakeholderId: string, effect: ExpectedEffect, evidence: Evidence, path: readonly string[]) => {
    for (const edge of outgoing.get(stakeholderId) ?? []) {
      if (path.includes(edge.to)) continue;
      const discounted = { r: evidence.r * edge.weight, s: evidence.s * edge.weight };
      const account = byKey.get(keyOf(edge.to, effect.direction));
      if (account) add(additions, account.accountId, effect.foundation, discounted);
      if (path.length < 2) reach(edge.to, effect, discounted, [...path, edge.to]);
    }
  };
  for (const effect of effects) reach(effect.stakeholderId, effect, effectEvidence(effect, impact, parameters), [effect.stakeholderId]);
  const afterDirect = (account: SimulatedAccount) => withAdditions(account.evidence, first.additions.get(account.accountId) ?? new Map());
  const secondOrder = outcomeOf(accounts, afterDirect, additions, asOf, parameters, []);
  return { direct, secondOrder };
}
