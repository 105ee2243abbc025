/**
 * Test support for the signal tests: accounts built from real ledgers, read with the real math
 * (evidenceByFoundation + readAccount, default parameters). Nothing in the product imports this.
 */
import { readAccount, type AccountReading } from './account-reading.ts';
import { addDays, type IsoDate } from './calendar.ts';
import { evidenceByFoundation } from './evidence.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { DEFAULT_PARAMETERS } from './parameters.ts';
import type { Signal, SignalAccountInput, SignalKind } from './signal-model.ts';

export const AS_OF: IsoDate = '2025-06-01';

/** The date `days` days before `asOf` (after it for a negative number). */
export function ago(days: number, asOf: IsoDate = AS_OF): IsoDate {
  return addDays(asOf, -days);
}

export function readingOf(entries: readonly LedgerEntry[], asOf: IsoDate = AS_OF): AccountReading {
  const p = DEFAULT_PARAMETERS;
  return readAccount(evidenceByFoundation(entries, asOf, p), asOf, p, p.baseRate);
}

export type AccountSpec = Partial<Omit<SignalAccountInput, 'entries' | 'reading'>> & { readonly asOf?: IsoDate };

/**
 * An account of stakeholder "Acme" (received, importance 3, cadence 90, started 2020-01-01, scope
 * contract, phase calculative) unless `spec` says otherwise; its reading is computed from `entries`.
 */
export function accountOf(entries: readonly LedgerEntry[], spec: AccountSpec = {}): SignalAccountInput {
  const { asOf = AS_OF, ...rest } = spec;
  const direction = rest.direction ?? 'received';
  return {
    accountId: `acme-${direction}`,
    relationId: 'rel-acme',
    stakeholderId: 'stk-acme',
    stakeholderName: 'Acme',
    direction,
    importance: 3,
    cadenceDays: 90,
    relationStartedOn: '2020-01-01',
    recordedScope: 'contract',
    phase: 'calculative',
    ...rest,
    reading: readingOf(entries, asOf),
    entries,
  };
}

/** A stakeholder of its own (its own relation), for signals across accounts. */
export function otherAccount(
  name: string,
  entries: readonly LedgerEntry[],
  spec: AccountSpec = {},
): SignalAccountInput {
  const id = name.toLowerCase();
  const direction = spec.direction ?? 'received';
  return accountOf(entries, {
    accountId: `${id}-${direction}`,
    relationId: `rel-${id}`,
    stakeholderId: `stk-${id}`,
    stakeholderName: name,
    ...spec,
  });
}

export function ofKind(signals: readonly Signal[], kind: SignalKind): Signal[] {
  return signals.filter((s) => s.kind === kind);
}

export function only(signals: readonly Signal[], kind: SignalKind): Signal {
  const [first, ...more] = ofKind(signals, kind);
  if (first === undefined || more.length > 0) throw new Error(`expected one ${kind} signal, found ${more.length + (first ? 1 : 0)}`);
  return first;
}
