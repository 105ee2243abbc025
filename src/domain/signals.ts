/**
 * Signals: what in the ledger needs attention (DESIGN.md, "Signals"). Each names its cause with a
 * stable key, the entries behind it, the figures, a severity, and a suggested action.
 * Rules, thresholds and reasons: docs/model.md, "Signals: what needs attention".
 */
import type { IsoDate } from './calendar.ts';
import { SIGNAL_KINDS, type Signal, type SignalAccountInput } from './signal-model.ts';
import { accountSignals } from './signals-account.ts';
import { culturePatterns } from './signals-culture.ts';
import { byRelation, fading, reciprocityGap } from './signals-relation.ts';

export * from './signal-model.ts';
export { SIGNAL_TEXTS, type SignalText } from './signal-texts.ts';

/**
 * Every signal in a set of accounts as of `asOf`, ordered by kind (as listed in SIGNAL_KINDS)
 * and then by key, whatever the order of the input. Pure: the same input gives the same signals
 * with the same keys on every run. The inbox (inbox.ts) orders them for the reader.
 */
export function detectSignals(accounts: readonly SignalAccountInput[], asOf: IsoDate): Signal[] {
  const relations = byRelation(accounts);
  const signals = [
    ...accounts.flatMap((account) => accountSignals(account, asOf)),
    ...relations.flatMap((relation) => reciprocityGap(relation)),
    ...relations.flatMap((relation) => fading(relation, asOf)),
    ...culturePatterns(accounts, asOf),
  ];
  const rank = (signal: Signal) => SIGNAL_KINDS.indexOf(signal.kind);
  return signals.sort((a, b) => rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
