/**
 * The perception gap (DESIGN.md, "Signals"): a trust scan measured trust clearly higher or lower
 * than the ledger observed for the same accounts. Either the ledger misses what the stakeholders
 * see, or they miss what we do; both are worth a conversation.
 */
import { rounded, stepsUp } from './signal-helpers.ts';
import { PERCEPTION_GAP_HIGH_FROM, PERCEPTION_GAP_STEP, type Signal } from './signal-model.ts';
import { SIGNAL_TEXTS } from './signal-texts.ts';
import { hasPerceptionGap } from './survey-scoring.ts';

/** A closed scan's whole result beside the ledger's reading of the accounts it measured. */
export interface ScanMeasurement {
  readonly scanId: string;
  readonly scanTitle: string;
  /** The stakeholder's name when the scan asked one; null for a category or a named group. */
  readonly stakeholderName: string | null;
  /** Set when the scan measured one stakeholder. */
  readonly stakeholderId: string | null;
  readonly relationId: string | null;
  readonly accountIds: readonly string[];
  /** The highest importance among the stakeholders measured. */
  readonly importance: number;
  readonly measuredTrustLevel: number;
  readonly observedTrustLevel: number;
  readonly observedUncertainty: number;
}

export function perceptionGaps(measurements: readonly ScanMeasurement[]): Signal[] {
  return measurements.flatMap((m) => {
    if (!hasPerceptionGap(m.measuredTrustLevel, { trustLevel: m.observedTrustLevel, uncertainty: m.observedUncertainty })) return [];
    const difference = m.measuredTrustLevel - m.observedTrustLevel;
    const gap = Math.abs(difference);
    return [
      {
        key: `perception_gap:${m.scanId}`,
        kind: 'perception_gap',
        severity: gap >= PERCEPTION_GAP_HIGH_FROM ? 'high' : 'medium',
        measure: stepsUp(gap, PERCEPTION_GAP_STEP),
        stakeholderId: m.stakeholderId,
        relationId: m.relationId,
        accountId: m.accountIds.length === 1 ? m.accountIds[0]! : null,
        accountIds: [...m.accountIds],
        importance: m.importance,
        foundation: null,
        dimension: null,
        evidence: [],
        facts: {
          gap: rounded(gap, 1),
          measured: rounded(m.measuredTrustLevel, 1),
          observed: rounded(m.observedTrustLevel, 1),
          scan: m.scanId,
        },
        ...SIGNAL_TEXTS.perception_gap({ name: m.stakeholderName, scan: m.scanTitle, gap, measuredHigher: difference > 0 }),
      } satisfies Signal,
    ];
  });
}
