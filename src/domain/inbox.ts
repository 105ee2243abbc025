/**
 * The inbox: signals as a reader meets them. A signal can be acknowledged ("seen, handled"); the
 * acknowledgement records how big the cause was, and hides the signal until its cause grows
 * beyond that. Acknowledgements are append-only; the newest per key counts.
 */
import { SEVERITIES, type Signal } from './signal-model.ts';

export interface Acknowledgement {
  /** The signal's key. */
  readonly key: string;
  /** The signal's measure when it was acknowledged. */
  readonly measure: number;
  readonly note: string;
  /** ISO UTC instant; the newest acknowledgement per key counts. */
  readonly acknowledgedAt: string;
}

export interface InboxItem extends Signal {
  /** The acknowledgement still in force, or `null` when there is none or the cause has grown. */
  readonly acknowledged: Acknowledgement | null;
}

export interface InboxOptions {
  /** Also list the signals an acknowledgement still hides (default false). */
  readonly includeAcknowledged?: boolean;
}

/** Room for floating-point noise when comparing a measure with an acknowledged one. */
export const MEASURE_EPSILON = 1e-9;

/**
 * The newest acknowledgement per key: the latest `acknowledgedAt`; between equal instants, the
 * one that comes later in the list.
 */
export function latestAcknowledgements(acknowledgements: readonly Acknowledgement[]): Map<string, Acknowledgement> {
  const latest = new Map<string, Acknowledgement>();
  for (const ack of acknowledgements) {
    const current = latest.get(ack.key);
    if (current === undefined || ack.acknowledgedAt >= current.acknowledgedAt) latest.set(ack.key, ack);
  }
  return latest;
}

/** An acknowledgement stays in force while the cause is no bigger than when it was acknowledged. */
export function inForce(
  signal: Pick<Signal, 'key' | 'measure'>,
  ack: Acknowledgement | undefined,
): ack is Acknowledgement {
  if (ack === undefined || ack.key !== signal.key) return false;
  return signal.measure <= ack.measure + MEASURE_EPSILON * Math.max(1, Math.abs(ack.measure));
}

function severityRank(signal: Pick<Signal, 'severity'>): number {
  return SEVERITIES.indexOf(signal.severity);
}

/** Importance (highest first), then severity (high, medium, low), then measure (largest first), then key. */
export function compareInboxItems(
  a: Pick<Signal, 'importance' | 'severity' | 'measure' | 'key'>,
  b: Pick<Signal, 'importance' | 'severity' | 'measure' | 'key'>,
): number {
  return (
    b.importance - a.importance ||
    severityRank(a) - severityRank(b) ||
    b.measure - a.measure ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

export function buildInbox(
  signals: readonly Signal[],
  acknowledgements: readonly Acknowledgement[],
  options: InboxOptions = {},
): InboxItem[] {
  const latest = latestAcknowledgements(acknowledgements);
  const items = signals.map((signal): InboxItem => {
    const ack = latest.get(signal.key);
    return { ...signal, acknowledged: inForce(signal, ack) ? ack : null };
  });
  return items
    .filter((item) => options.includeAcknowledged === true || item.acknowledged === null)
    .sort(compareInboxItems);
}
