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

export function simulateOption(
  accounts: readonly SimulatedAccount[],
  effects: readonly ExpectedEffect[],
  options: { readonly asOf: string; readonly parameters: Parameters; readonly impact: number },
): OptionOutcome {
  const { asOf, parameters, impact } = options;
  const byKey = new Map(accounts.map((a) => [`${a.stakeholderId}:${a.direction}`, a]));
  const added = new Map<string, Map<Foundation, Evidence>>();
  const unmatched: ExpectedEffect[] = [];
  for (const effect of effects) {
    const account = byKey.get(`${effect.stakeholderId}:${effect.direction}`);
    if (!account) {
      unmatched.push(effect);
      continue;
    }
    const amount = scaledAmount(effect.amount, impact);
    // Dated today: no decay, the weight itself.
    const weight = entryWeight({ amount, intent: effect.intent }, parameters);
    const own = added.get(account.accountId) ?? new Map<Foundation, Evidence>();
    const evidence = amount > 0 ? { r: weight, s: 0 } : { r: 0, s: weight };
    own.set(effect.foundation, addEvidence(own.get(effect.foundation) ?? { r: 0, s: 0 }, evidence));
    added.set(account.accountId, own);
  }
  const changes: AccountChange[] = accounts
    .filter((account) => added.has(account.accountId))
    .map((account) => {
      const extra = added.get(account.accountId)!;
      const afterEvidence = Object.fromEntries(
        Object.entries(account.evidence).map(([f, e]) => [f, extra.has(f as Foundation) ? addEvidence(e, extra.get(f as Foundation)!) : e]),
      ) as FoundationEvidence;
      const before = readAccount(account.evidence, asOf, parameters, account.baseRate);
      const after = readAccount(afterEvidence, asOf, parameters, account.baseRate);
      return {
        accountId: account.accountId,
        stakeholderId: account.stakeholderId,
        direction: account.direction,
        before,
        after,
        trustChange: after.trustLevel - before.trustLevel,
        balanceChange: after.balance - before.balance,
        bandBefore: before.band,
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
