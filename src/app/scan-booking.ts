import { mayShowFigures } from '../domain/survey-anonymity.ts';
import { bookingAmount, scoreScan } from '../domain/survey-scoring.ts';
import { FOUNDATIONS } from '../domain/vocabulary.ts';
import { findEntry, findReversalOf, type EntryRecord } from '../store/entries.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { responsesOfScan, updateScan } from '../store/scans.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { checkEntries, writeEntries, writeReversal, type RecordEntryInput } from './record-entries.ts';
import { MEASURED_DIRECTION } from './scan-results.ts';
import { effectiveStatus } from '../domain/survey-scan.ts';
import { getScan, getScanRecord, type ScanView } from './scans.ts';

/**
 * Books a closed scan's result in the ledger, so measured trust counts beside observed trust: on
 * every account the scan measured, one `survey` entry per foundation whose amount follows the
 * mean answer (`bookingAmount`), dated the close date. The whole group's result is booked on each
 * of its members' accounts; nothing is booked below the minimum of responses, since the ledger
 * would then show what the scan may not. Undo with `unbookScan`.
 */
export async function bookScan(ctx: AppContext, organisationId: string, scanId: string): Promise<ScanView> {
  const scan = await getScanRecord(ctx, organisationId, scanId);
  const today = await organisationToday(ctx, organisationId);
  if (effectiveStatus(scan, today) !== 'closed') throw new ConflictError(`scan ${scanId} is ${scan.status}: only a closed scan can be booked`);
  if (scan.bookedEntries !== null) throw new ConflictError(`scan ${scanId} is already booked; withdraw the booking first`);
  const direction = MEASURED_DIRECTION[scan.kind];
  if (direction === null) throw new ConflictError('a self scan measures the organisation itself, not an account of a relation: there is nothing to book it on');
  const responses = await responsesOfScan(ctx.store.db, organisationId, scanId);
  if (!mayShowFigures(responses.length, scan.minResponses)) {
    throw new ConflictError(`scan ${scanId} has ${responses.length} responses, fewer than its minimum of ${scan.minResponses}: its result cannot be booked`);
  }
  const score = scoreScan(scan.instrument.statements, responses.map((r) => r.answers));
  // Archived stakeholders take no new entries; their accounts are left as they are.
  const followed = new Set((await listStakeholders(ctx.store.db, organisationId)).filter((s) => s.archivedAt === null).map((s) => s.id));
  const members = new Set(scan.members.filter((id) => followed.has(id)));
  const relations = new Map((await listRelations(ctx.store.db, organisationId)).filter((r) => members.has(r.stakeholderId)).map((r) => [r.id, r]));
  const accounts = (await listAccounts(ctx.store.db, organisationId)).filter((a) => relations.has(a.relationId) && a.direction === direction);
  const occurredOn = scan.closesOn < today ? scan.closesOn : today;
  const inputs: RecordEntryInput[] = accounts.flatMap((account) =>
    FOUNDATIONS.flatMap((foundation) => {
      const statistics = score.byFoundation[foundation];
      const amount = statistics ? bookingAmount(statistics.mean) : 0;
      if (statistics === null || amount === 0) return [];
      return [
        {
          accountId: account.id,
          occurredOn,
          foundation,
          amount,
          intent: amount < 0 ? ('unknown' as const) : null,
          note: `Trust scan “${scan.title}”: mean ${statistics.mean.toFixed(1)} of ${statistics.count} answers`,
          source: 'survey' as const,
        },
      ];
    }),
  );
  if (inputs.length === 0) throw new ConflictError(`scan ${scanId} has nothing to book: every foundation came out neutral, or its group has no relation`);
  const entries = await checkEntries(ctx, organisationId, inputs);
  await ctx.store.db.transaction().execute(async (trx) => {
    await writeEntries(ctx, trx, organisationId, entries);
    const booked = entries.map((e) => e.id);
    if (!(await updateScan(trx, organisationId, scanId, { bookedEntries: booked }))) throw new ConflictError(`scan ${scanId} changed meanwhile`);
    await audit(ctx, trx, organisationId, { action: 'scan.book', objectType: 'scan', objectId: scanId, details: { entries: booked.length } });
  });
  return getScan(ctx, organisationId, scanId);
}

/** Withdraws a scan's booking: every entry it booked is reversed, in one transaction. */
export async function unbookScan(ctx: AppContext, organisationId: string, scanId: string, reason?: string): Promise<ScanView> {
  const scan = await getScanRecord(ctx, organisationId, scanId);
  if (scan.bookedEntries === null) throw new ConflictError(`scan ${scanId} is not booked`);
  const why = reason?.trim() || `Booking of trust scan “${scan.title}” withdrawn`;
  const db = ctx.store.db;
  const originals: EntryRecord[] = [];
  for (const id of scan.bookedEntries) {
    const entry = await findEntry(db, organisationId, id);
    // An entry someone already reversed by hand stays reversed once.
    if (entry && !(await findReversalOf(db, organisationId, id))) originals.push(entry);
  }
  await db.transaction().execute(async (trx) => {
    for (const original of originals) await writeReversal(ctx, trx, organisationId, original, why);
    await updateScan(trx, organisationId, scanId, { bookedEntries: null });
    await audit(ctx, trx, organisationId, { action: 'scan.unbook', objectType: 'scan', objectId: scanId, details: { reversed: originals.length } });
  });
  return getScan(ctx, organisationId, scanId);
}
