import { readAccount, type AccountReading } from '../domain/account-reading.ts';
import type { IsoDate } from '../domain/calendar.ts';
import { addEvidence, emptyFoundationEvidence, type FoundationEvidence } from '../domain/evidence.ts';
import { baseRateFor } from '../domain/parameters.ts';
import { exposesBySubtraction, mayShowComments, mayShowFigures, shuffledComments } from '../domain/survey-anonymity.ts';
import type { ScanMeasurement } from '../domain/signals-perception.ts';
import { fuseEvidence, hasPerceptionGap, scoreScan, type AnswerStatistics } from '../domain/survey-scoring.ts';
import type { Dimension, Direction, Foundation } from '../domain/vocabulary.ts';
import { disclosuresOfScan, invitationsBySegment, listScans, recordDisclosure, responsesOfScan, type ScanRecord } from '../store/scans.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import type { AppContext } from './context.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { loadSnapshot } from './organisation-snapshot.ts';
import { organisationToday } from './organisations.ts';
import { accountEvidence } from './read-accounts.ts';
import { effectiveStatus } from '../domain/survey-scan.ts';
import { getScanRecord } from './scans.ts';

/** The account a scan of each kind measures; a self scan measures no relation's account. */
export const MEASURED_DIRECTION = { received: 'received', given: 'given', self: null } as const satisfies Record<string, Direction | null>;

/** Stands for the responses made through links for the group as a whole, in the nesting test. */
const WHOLE_GROUP = '*';

export interface ScanFigures {
  readonly byFoundation: Readonly<Record<Foundation, AnswerStatistics | null>>;
  readonly byDimension: Readonly<Record<Dimension, AnswerStatistics | null>>;
  readonly overall: AnswerStatistics | null;
  /** The scan's answers read as evidence: trust as measured. */
  readonly measured: AccountReading;
  /** The ledger's reading of the same accounts, pooled, as of the close date; null for a self scan or without relations. */
  readonly observed: AccountReading | null;
  /** Measured and observed evidence together. */
  readonly fused: AccountReading | null;
  /** measured T − observed T, on 0–100. */
  readonly perceptionGap: number | null;
  /** Whether the gap is wide enough (≥ 15) to ask why. */
  readonly perceptionGapSignal: boolean;
}

/** What a scan's result may show. Anything the anonymity rules withhold is null, with the reason. */
export interface ScanResult {
  readonly scanId: string;
  readonly title: string;
  readonly kind: ScanRecord['kind'];
  readonly closesOn: IsoDate;
  /** The stakeholders of the scan's group the result covers; empty for the whole scan. */
  readonly segments: readonly string[];
  readonly responses: number;
  readonly invitations: number;
  readonly responseRate: number | null;
  readonly minResponses: number;
  /** Null when there are fewer responses than the minimum. */
  readonly figures: ScanFigures | null;
  /** Open answers in random order; null below 8 responses (or below the minimum). */
  readonly comments: readonly string[] | null;
  /** The newest earlier closed scan of the same kind and group, when there is one. */
  readonly earlier: EarlierScan | null;
}

export interface EarlierScan {
  readonly scanId: string;
  readonly title: string;
  readonly closesOn: IsoDate;
  readonly responses: number;
  readonly figures: ScanFigures | null;
}

function requireClosed(scan: ScanRecord, today: IsoDate): void {
  if (effectiveStatus(scan, today) !== 'closed') {
    throw new ConflictError(
      `scan ${scan.id} is ${scan.status}: results are shown once it has closed, since while it is open each new answer would show in the change`,
    );
  }
}

function checkSegments(scan: ScanRecord, segments: readonly string[]): string[] {
  const unique = [...new Set(segments)].sort();
  const strangers = unique.filter((s) => !scan.members.includes(s));
  if (strangers.length > 0) {
    throw new ValidationError(strangers.map((s) => ({ field: 'segments', message: `${s} is not a stakeholder of this scan’s group` })));
  }
  return unique;
}

/**
 * The ledger's side for the same accounts: the evidence of the accounts the scan measured,
 * pooled as if they were one account, as of the close date (or today, if that is earlier).
 */
async function observedEvidence(
  ctx: AppContext,
  scan: ScanRecord,
  stakeholderIds: readonly string[],
  asOf: IsoDate,
  parameterVersion: number | undefined,
) {
  const direction = MEASURED_DIRECTION[scan.kind];
  const snapshot = await loadSnapshot(ctx, scan.organisationId, { asOf, parameterVersion, includeArchived: true });
  const categories = new Set(stakeholderIds.map((id) => snapshot.stakeholders.get(id)?.category));
  const category = categories.size === 1 ? [...categories][0] : undefined;
  const baseRate = category === undefined ? snapshot.parameters.parameters.baseRate : baseRateFor(snapshot.parameters.parameters, category);
  const wanted = new Set(stakeholderIds);
  const relations = snapshot.relations.filter((r) => wanted.has(r.stakeholderId)).map((r) => r.id);
  const accounts = direction === null ? [] : relations.flatMap((id) => snapshot.accountsByRelation.get(id) ?? []).filter((a) => a.direction === direction);
  let pooled: FoundationEvidence = emptyFoundationEvidence();
  for (const account of accounts) {
    const own = accountEvidence(snapshot, account.id);
    pooled = Object.fromEntries(Object.entries(pooled).map(([f, e]) => [f, addEvidence(e, own[f as Foundation])])) as FoundationEvidence;
  }
  return { evidence: accounts.length === 0 ? null : pooled, parameters: snapshot.parameters.parameters, baseRate, accounts };
}

async function figuresOf(
  ctx: AppContext,
  scan: ScanRecord,
  stakeholderIds: readonly string[],
  answers: Parameters<typeof scoreScan>[1],
  asOf: IsoDate,
  parameterVersion?: number,
): Promise<ScanFigures> {
  const score = scoreScan(scan.instrument.statements, answers);
  const observed = await observedEvidence(ctx, scan, stakeholderIds, asOf, parameterVersion);
  const measured = readAccount(score.evidence, asOf, observed.parameters, observed.baseRate);
  const observedReading = observed.evidence && readAccount(observed.evidence, asOf, observed.parameters, observed.baseRate);
  const gap = observedReading ? measured.trustLevel - observedReading.trustLevel : null;
  return {
    byFoundation: score.byFoundation,
    byDimension: score.byDimension,
    overall: score.overall,
    measured,
    observed: observedReading,
    fused: observed.evidence && readAccount(fuseEvidence(observed.evidence, score.evidence), asOf, observed.parameters, observed.baseRate),
    perceptionGap: gap,
    perceptionGapSignal: gap !== null && observedReading !== null && hasPerceptionGap(measured.trustLevel, observedReading),
  };
}

/** The scan's date for readings: its close date, or today if it closed early and the date is later. */
const readingDate = (scan: ScanRecord, today: IsoDate): IsoDate => (scan.closesOn < today ? scan.closesOn : today);

/**
 * The figures of a closed scan, whole or for some stakeholders of its group, as far as the
 * anonymity rules allow (survey-anonymity.ts): no figure below the minimum, no comment below 8,
 * and no part of the group whose result, beside one already shown (the whole scan always counts
 * as shown), would let the answers of fewer than the minimum be worked out by subtraction. Every
 * part shown is remembered, so the refusal does not depend on who asks or in which order.
 */
export async function scanResult(
  ctx: AppContext,
  organisationId: string,
  scanId: string,
  options: { segments?: readonly string[] } = {},
): Promise<ScanResult> {
  const scan = await getScanRecord(ctx, organisationId, scanId);
  const today = await organisationToday(ctx, organisationId);
  requireClosed(scan, today);
  const segments = checkSegments(scan, options.segments ?? []);
  const whole = segments.length === 0;
  const all = await responsesOfScan(ctx.store.db, organisationId, scanId);
  const responses = whole ? all : all.filter((r) => r.segment !== null && segments.includes(r.segment));
  const invitations = (await invitationsBySegment(ctx.store.db, organisationId, scanId))
    .filter((i) => whole || (i.segment !== null && segments.includes(i.segment)))
    .reduce((sum, i) => sum + i.count, 0);
  const showFigures = mayShowFigures(responses.length, scan.minResponses);
  if (showFigures && !whole) {
    const reported = [
      { members: new Set([...scan.members, WHOLE_GROUP]), responses: all.length },
      ...(await disclosuresOfScan(ctx.store.db, organisationId, scanId)).map((d) => ({
        members: d.segments.length === 0 ? new Set([...scan.members, WHOLE_GROUP]) : new Set(d.segments),
        responses: d.responses,
      })),
    ];
    if (exposesBySubtraction({ members: new Set(segments), responses: responses.length }, reported, scan.minResponses)) {
      throw new ConflictError(
        `this part of the scan cannot be shown: set beside a result already shown, it would reveal the answers of fewer than ${scan.minResponses} people`,
      );
    }
  }
  if (showFigures) {
    await recordDisclosure(ctx.store.db, {
      id: ctx.newId(),
      organisationId,
      scanId,
      segments,
      responses: responses.length,
      createdAt: ctx.now().toISOString(),
    });
  }
  const asOf = readingDate(scan, today);
  const stakeholderIds = whole ? scan.members : segments;
  const comments = responses.map((r) => r.comment).filter((c): c is string => c !== null);
  return {
    scanId,
    title: scan.title,
    kind: scan.kind,
    closesOn: scan.closesOn,
    segments,
    responses: responses.length,
    invitations,
    responseRate: invitations === 0 ? null : responses.length / invitations,
    minResponses: scan.minResponses,
    figures: showFigures ? await figuresOf(ctx, scan, stakeholderIds, responses.map((r) => r.answers), asOf) : null,
    comments: mayShowComments(responses.length, scan.minResponses) ? shuffledComments(comments, Math.random) : null,
    earlier: whole ? await earlierScan(ctx, scan, today) : null,
  };
}

/** A scan's whole result, or null when too few answered; the whole scan may always be shown. */
async function wholeFigures(
  ctx: AppContext,
  scan: ScanRecord,
  today: IsoDate,
  parameterVersion?: number,
): Promise<{ responses: number; figures: ScanFigures | null }> {
  const responses = await responsesOfScan(ctx.store.db, scan.organisationId, scan.id);
  const show = mayShowFigures(responses.length, scan.minResponses);
  return {
    responses: responses.length,
    figures: show ? await figuresOf(ctx, scan, scan.members, responses.map((r) => r.answers), readingDate(scan, today), parameterVersion) : null,
  };
}

/**
 * What the newest closed scan of each group measured beside what the ledger observed, for the
 * perception-gap signal: only scans of accounts (not self scans) with enough responses, closed by `asOf`.
 * The ledger is read under the given parameter version (the current one unless named), like the other signals.
 */
export async function scanMeasurements(
  ctx: AppContext,
  organisationId: string,
  asOf: IsoDate,
  parameterVersion?: number,
): Promise<ScanMeasurement[]> {
  const newest = new Map<string, ScanRecord>();
  const scans = (await listScans(ctx.store.db, organisationId))
    .filter((scan) => MEASURED_DIRECTION[scan.kind] !== null && effectiveStatus(scan, asOf) === 'closed')
    .sort((a, b) => a.closesOn.localeCompare(b.closesOn) || a.createdAt.localeCompare(b.createdAt));
  for (const scan of scans) newest.set(`${scan.kind}:${scan.target.type}:${scan.target.value}`, scan);
  const stakeholders = new Map((await listStakeholders(ctx.store.db, organisationId)).map((s) => [s.id, s]));
  const measurements: ScanMeasurement[] = [];
  for (const scan of newest.values()) {
    if (scan.members.every((id) => stakeholders.get(id)?.archivedAt !== null)) continue;
    const { figures } = await wholeFigures(ctx, scan, asOf, parameterVersion);
    if (!figures?.observed) continue;
    const observed = await observedEvidence(ctx, scan, scan.members, readingDate(scan, asOf), parameterVersion);
    const only = scan.target.type === 'stakeholder' ? stakeholders.get(scan.target.value) : undefined;
    measurements.push({
      scanId: scan.id,
      scanTitle: scan.title,
      stakeholderName: only?.name ?? null,
      stakeholderId: only?.id ?? null,
      relationId: only ? (observed.accounts[0]?.relationId ?? null) : null,
      accountIds: observed.accounts.map((a) => a.id),
      importance: Math.max(...scan.members.map((id) => stakeholders.get(id)?.importance ?? 1)),
      measuredTrustLevel: figures.measured.trustLevel,
      observedTrustLevel: figures.observed.trustLevel,
      observedUncertainty: figures.observed.uncertainty,
    });
  }
  return measurements;
}

/** The newest other closed scan of the same kind and group that closed before this one. */
async function earlierScan(ctx: AppContext, scan: ScanRecord, today: IsoDate): Promise<EarlierScan | null> {
  const candidates = (await listScans(ctx.store.db, scan.organisationId))
    .filter(
      (other) =>
        other.id !== scan.id &&
        other.kind === scan.kind &&
        other.target.type === scan.target.type &&
        other.target.value === scan.target.value &&
        effectiveStatus(other, today) === 'closed' &&
        other.closesOn <= scan.closesOn &&
        other.createdAt < scan.createdAt,
    )
    .sort((a, b) => b.closesOn.localeCompare(a.closesOn));
  const earlier = candidates[0];
  if (!earlier) return null;
  return { scanId: earlier.id, title: earlier.title, closesOn: earlier.closesOn, ...(await wholeFigures(ctx, earlier, today)) };
}
