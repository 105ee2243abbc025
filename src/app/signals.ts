import type { IsoDate } from '../domain/calendar.ts';
import { buildInbox, type Acknowledgement, type InboxItem } from '../domain/inbox.ts';
import { perceptionGaps } from '../domain/signals-perception.ts';
import { overdueRepairs } from '../domain/signals-repair.ts';
import { detectSignals, type Signal, type SignalAccountInput } from '../domain/signals.ts';
import { insertAcknowledgement, listAcknowledgements } from '../store/signal-acknowledgements.ts';
import { audit } from './audit.ts';
import { breachFollowUps } from './breaches.ts';
import type { AppContext } from './context.ts';
import { NotFoundError } from './errors.ts';
import { loadSnapshot, resolveAsOf } from './organisation-snapshot.ts';
import { resolveParameters } from './parameters.ts';
import { cachedReading } from './read-cache.ts';
import { relationViews } from './read-accounts.ts';
import { scanMeasurements } from './scan-results.ts';
import { requireText } from './validate.ts';

export interface InboxOptions {
  readonly asOf?: string;
  readonly parameterVersion?: number;
  readonly includeAcknowledged?: boolean;
}

/** The inbox with the date and parameter version it was computed under, so that it can be reproduced. */
export interface Inbox {
  readonly asOf: IsoDate;
  readonly parameterVersion: number;
  readonly items: InboxItem[];
}

interface DetectedSignals {
  readonly asOf: IsoDate;
  readonly parameterVersion: number;
  readonly signals: Signal[];
}

/**
 * Every signal as of a date under a parameter version, every account's ledger considered.
 * Remembered until the next write (read-cache.ts): every entry is read to find them.
 */
async function detectAll(ctx: AppContext, organisationId: string, options: { asOf?: string; parameterVersion?: number }): Promise<DetectedSignals> {
  const asOf = await resolveAsOf(ctx, organisationId, options.asOf);
  const { version } = await resolveParameters(ctx, organisationId, options.parameterVersion);
  return cachedReading(ctx, ['signals', organisationId, asOf, version], () => detectUncached(ctx, organisationId, asOf, version), (detected) => detected.signals.length);
}

async function detectUncached(ctx: AppContext, organisationId: string, asOf: IsoDate, parameterVersion: number): Promise<DetectedSignals> {
  const snapshot = await loadSnapshot(ctx, organisationId, { asOf, parameterVersion, fullHistory: true });
  const inputs: SignalAccountInput[] = relationViews(snapshot).flatMap((relation) =>
    Object.values(relation.accounts).map((account) => ({
      accountId: account.id,
      relationId: relation.id,
      stakeholderId: relation.stakeholder.id,
      stakeholderName: relation.stakeholder.name,
      direction: account.direction,
      importance: relation.stakeholder.importance,
      cadenceDays: relation.cadenceDays,
      relationStartedOn: relation.startedOn,
      recordedScope: relation.scope,
      phase: account.phase.phase,
      reading: account.reading,
      entries: snapshot.entries.get(account.id) ?? [],
    })),
  );
  // A perception gap is about a scan, not the ledger alone: measured beside observed; an overdue
  // repair is about a breach's plan.
  const version = snapshot.parameters.version;
  const signals = [
    ...detectSignals(inputs, snapshot.asOf),
    ...perceptionGaps(await scanMeasurements(ctx, organisationId, snapshot.asOf, version)),
    ...overdueRepairs(await breachFollowUps(ctx, organisationId), snapshot.asOf),
  ];
  return { asOf: snapshot.asOf, parameterVersion: version, signals };
}

/** The signals that need attention across the organisation as of a date, every account's ledger considered. */
export async function currentSignals(ctx: AppContext, organisationId: string, asOf?: string): Promise<Signal[]> {
  return (await detectAll(ctx, organisationId, { asOf })).signals;
}

/**
 * The organisation's inbox: signals by the importance of the stakeholder and severity, as of a
 * date under a parameter version (the current one unless named).
 */
export async function signalInbox(ctx: AppContext, organisationId: string, options: InboxOptions = {}): Promise<Inbox> {
  const { asOf, parameterVersion, signals } = await detectAll(ctx, organisationId, options);
  const acknowledgements = await listAcknowledgements(ctx.store.db, organisationId);
  return { asOf, parameterVersion, items: buildInbox(signals, acknowledgements, { includeAcknowledged: options.includeAcknowledged === true }) };
}

/**
 * Marks a signal as seen and handled at its present size. It is recorded, never deleted, and the
 * signal returns when its cause grows.
 */
export async function acknowledgeSignal(
  ctx: AppContext,
  organisationId: string,
  input: { key: string; note?: string },
): Promise<Acknowledgement> {
  const signal = (await currentSignals(ctx, organisationId)).find((s) => s.key === input.key);
  if (!signal) throw new NotFoundError('signal', input.key);
  const acknowledgement: Acknowledgement = {
    key: signal.key,
    measure: signal.measure,
    note: input.note === undefined || input.note.trim() === '' ? '' : requireText('note', input.note, 1000),
    acknowledgedAt: ctx.now().toISOString(),
  };
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertAcknowledgement(trx, organisationId, ctx.newId(), acknowledgement);
    await audit(ctx, trx, organisationId, { action: 'signal.acknowledge', objectType: 'signal', objectId: signal.key, details: { measure: signal.measure } });
  });
  return acknowledgement;
}
