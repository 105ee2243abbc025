import type { AccountReading } from './account-reading.ts';
import { addDays, daysBetween, type IsoDate } from './calendar.ts';
import { effectiveEntries, type LedgerEntry } from './ledger-entry.ts';
import { SCOPE_OF_PHASE, type Localized, type Phase, type Scope } from './vocabulary.ts';

/**
 * The phase of a relationship (essay figure 4, after Lewicki & Bunker) and the business scope it
 * can carry. Trust grows in steps: first the parties weigh gains against risks (calculative, scope
 * *contract*), then they know and understand each other (cognitive, scope *need*), and at last they
 * share values (value-based, scope *relationship*). A major intentional breach throws a
 * relationship back to weighing risks, whatever it had reached.
 */

/** Calculative while the account's evidence `r + s` is below this. */
export const MIN_EVIDENCE = 5;
/** Calculative while the relation is younger than this many days. */
export const YOUNG_RELATION_DAYS = 90;
/** An intentional withdrawal of this amount or worse (−4 major, −5 defining) is a breach… */
export const BREACH_AMOUNT = -4;
/** …that keeps the relationship calculative while it is at most this many days old. */
export const BREACH_FALLBACK_DAYS = 180;
/** Value-based needs T at least this (0–100)… */
export const VALUE_BASED_MIN_TRUST = 75;
/** …and an intentional leg with T at least this… */
export const VALUE_BASED_MIN_INTENTIONAL_TRUST = 75;
/** …and uncertainty at most this… */
export const VALUE_BASED_MAX_INTENTIONAL_UNCERTAINTY = 0.3;
/** …in a relation at least this many days old. */
export const VALUE_BASED_MIN_AGE_DAYS = 365;
/** Cognitive needs T at least this (0–100)… */
export const COGNITIVE_MIN_TRUST = 50;
/** …and uncertainty at most this. */
export const COGNITIVE_MAX_UNCERTAINTY = 0.4;

export interface PhaseInput {
  /** The account's reading as of `asOf`. */
  reading: AccountReading;
  relationStartedOn: IsoDate;
  asOf: IsoDate;
  /** All the account's entries, reversals included; only effective ones on or before `asOf` count. */
  entries: readonly LedgerEntry[];
}

export type PhaseReasonCode =
  | 'little_evidence'
  | 'young_relation'
  | 'recent_intentional_breach'
  | 'value_based_met'
  | 'cognitive_met'
  | 'below_cognitive';

export interface PhaseReason {
  code: PhaseReasonCode;
  text: Localized;
  /** Ids of the entries behind the reason, where there are any. */
  evidence: string[];
}

export interface PhaseInference {
  phase: Phase;
  scope: Scope;
  reasons: PhaseReason[];
}

function reason(code: PhaseReasonCode, text: Localized, evidence: string[] = []): PhaseReason {
  return { code, text, evidence };
}

function days(n: number, lang: 'en' | 'nl'): string {
  if (lang === 'en') return n === 1 ? '1 day' : `${n} days`;
  return n === 1 ? '1 dag' : `${n} dagen`;
}

/** The effective intentional withdrawals of `BREACH_AMOUNT` or worse, 0…180 days before `asOf`. */
function recentBreaches(entries: readonly LedgerEntry[], asOf: IsoDate): LedgerEntry[] {
  return effectiveEntries(entries).filter((e) => {
    if (e.amount > BREACH_AMOUNT || e.intent !== 'intentional') return false;
    const age = daysBetween(e.occurredOn, asOf);
    return age >= 0 && age <= BREACH_FALLBACK_DAYS;
  });
}

function calculativeReasons({ reading, relationStartedOn, asOf, entries }: PhaseInput): PhaseReason[] {
  const reasons: PhaseReason[] = [];
  if (reading.r + reading.s < MIN_EVIDENCE) {
    reasons.push(
      reason('little_evidence', {
        en: 'Little has been recorded in this account yet, so trust can only rest on weighing gains against risks.',
        nl: 'Er is nog weinig geregistreerd op deze rekening; vertrouwen kan dus enkel steunen op het afwegen van opbrengst en risico.',
      }),
    );
  }
  const age = daysBetween(relationStartedOn, asOf);
  if (age < YOUNG_RELATION_DAYS) {
    const n = Math.max(0, age);
    reasons.push(
      reason('young_relation', {
        en: `The relationship is ${days(n, 'en')} old. In the first ${YOUNG_RELATION_DAYS} days the parties are still weighing gains against risks.`,
        nl: `De relatie bestaat ${days(n, 'nl')}. In de eerste ${YOUNG_RELATION_DAYS} dagen wegen de partijen nog opbrengst en risico af.`,
      }),
    );
  }
  const breaches = recentBreaches(entries, asOf);
  if (breaches.length > 0) {
    const latest = breaches.reduce((a, b) => (b.occurredOn > a.occurredOn ? b : a));
    const until = addDays(latest.occurredOn, BREACH_FALLBACK_DAYS);
    const en =
      breaches.length === 1
        ? `A major intentional breach of trust on ${latest.occurredOn} throws the relationship back to weighing gains against risks`
        : `${breaches.length} major intentional breaches of trust, the latest on ${latest.occurredOn}, throw the relationship back to weighing gains against risks`;
    const nl =
      breaches.length === 1
        ? `Een zware, bewuste vertrouwensbreuk op ${latest.occurredOn} werpt de relatie terug op het afwegen van opbrengst en risico`
        : `${breaches.length} zware, bewuste vertrouwensbreuken, de laatste op ${latest.occurredOn}, werpen de relatie terug op het afwegen van opbrengst en risico`;
    reasons.push(
      reason(
        'recent_intentional_breach',
        {
          en: `${en}, at least until ${until}.`,
          nl: `${nl}, minstens tot ${until}.`,
        },
        breaches.map((e) => e.id),
      ),
    );
  }
  return reasons;
}

function meetsValueBased({ reading, relationStartedOn, asOf }: PhaseInput): boolean {
  const intentional = reading.legs.intentional;
  return (
    reading.trustLevel >= VALUE_BASED_MIN_TRUST &&
    intentional.trustLevel >= VALUE_BASED_MIN_INTENTIONAL_TRUST &&
    intentional.uncertainty <= VALUE_BASED_MAX_INTENTIONAL_UNCERTAINTY &&
    daysBetween(relationStartedOn, asOf) >= VALUE_BASED_MIN_AGE_DAYS
  );
}

function meetsCognitive({ reading }: PhaseInput): boolean {
  return reading.trustLevel >= COGNITIVE_MIN_TRUST && reading.uncertainty <= COGNITIVE_MAX_UNCERTAINTY;
}

function belowCognitive({ reading }: PhaseInput): PhaseReason {
  const low = reading.trustLevel < COGNITIVE_MIN_TRUST;
  return reason(
    'below_cognitive',
    low
      ? {
          en: `The trust level is below ${COGNITIVE_MIN_TRUST}: the parties do not yet know each other well enough to rely on that, and weigh gains against risks.`,
          nl: `Het vertrouwensniveau ligt onder ${COGNITIVE_MIN_TRUST}: de partijen kennen elkaar nog niet goed genoeg om daarop te steunen, en wegen opbrengst en risico af.`,
        }
      : {
          en: 'The evidence is still too thin to say the parties know each other: trust rests on weighing gains against risks.',
          nl: 'Het bewijs is nog te mager om te zeggen dat de partijen elkaar kennen: het vertrouwen steunt op het afwegen van opbrengst en risico.',
        },
  );
}

/**
 * Infers the phase from an account's reading, the relation's age and its recent breaches.
 *
 * - **calculative** when any of: `r + s < 5`; the relation is younger than 90 days; an effective
 *   intentional withdrawal of −4 or worse occurred 0…180 days before `asOf`. Every reason that
 *   applies is listed, and these rules win over the others: a major intentional breach throws even
 *   a value-based relationship back.
 * - otherwise **value-based** when T ≥ 75, the intentional leg has T ≥ 75 and u ≤ 0.3, and the
 *   relation is at least 365 days old;
 * - otherwise **cognitive** when T ≥ 50 and u ≤ 0.4;
 * - otherwise **calculative** (`below_cognitive`).
 */
export function inferPhase(input: PhaseInput): PhaseInference {
  const calculative = calculativeReasons(input);
  if (calculative.length > 0) return infer('calculative', calculative);
  if (meetsValueBased(input)) {
    return infer('value_based', [
      reason('value_based_met', {
        en: 'Trust is high and rests firmly on intentions, in a relationship of a year or more: the parties share values, and the cooperation can stay open-ended.',
        nl: 'Het vertrouwen is hoog en steunt stevig op bedoelingen, in een relatie van minstens een jaar: de partijen delen waarden, en de samenwerking kan open blijven.',
      }),
    ]);
  }
  if (meetsCognitive(input)) {
    return infer('cognitive', [
      reason('cognitive_met', {
        en: 'Trust is sufficient and rests on enough evidence: the parties know each other, and the cooperation can aim at the other side’s needs.',
        nl: 'Het vertrouwen is voldoende en steunt op genoeg bewijs: de partijen kennen elkaar, en de samenwerking kan zich richten op de noden van de andere partij.',
      }),
    ]);
  }
  return infer('calculative', [belowCognitive(input)]);
}

function infer(phase: Phase, reasons: PhaseReason[]): PhaseInference {
  return { phase, scope: SCOPE_OF_PHASE[phase], reasons };
}

/** A phase set by hand, with the reason why; the inferred phase is kept beside it. */
export interface PhaseOverride {
  phase: Phase;
  reason: string;
  /** When it was set (an ISO instant). */
  setAt: string;
}

export interface PhaseView {
  inferred: PhaseInference;
  override: PhaseOverride | null;
  /** The phase that applies: the override's when there is one, else the inferred one. */
  phase: Phase;
  scope: Scope;
  source: 'inferred' | 'override';
}

export function phaseView(inferred: PhaseInference, override: PhaseOverride | null): PhaseView {
  const phase = override?.phase ?? inferred.phase;
  return {
    inferred,
    override,
    phase,
    scope: SCOPE_OF_PHASE[phase],
    source: override === null ? 'inferred' : 'override',
  };
}

const SCOPE_RANK = { contract: 0, need: 1, relationship: 2 } as const satisfies Record<Scope, number>;

/** Orders scopes by breadth: contract 0 < need 1 < relationship 2. */
export function scopeRank(scope: Scope): number {
  return SCOPE_RANK[scope];
}

