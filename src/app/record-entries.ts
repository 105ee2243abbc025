import type { Kysely } from 'kysely';
import { accumulate, reversalContribution, scaledContribution, type ScaledContribution } from '../domain/scaled-sums.ts';
import { FOUNDATIONS, INTENTS, SOURCES, isValidAmount, type Foundation, type Intent, type Source } from '../domain/vocabulary.ts';
import { addToSums, appendEntries, findEntry, findReversalOf, type EntryRecord, type SumIncrement } from '../store/entries.ts';
import { currentParameterVersion } from '../store/organisations.ts';
import type { Database } from '../store/schema.ts';
import { isUniqueViolation } from '../store/unique-violation.ts';
import { audit, auditAll } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError, ValidationError } from './errors.ts';
import { organisationToday } from './organisations.ts';
import { getAccountRecord, getRelation } from './relations.ts';
import { getStakeholder } from './stakeholders.ts';
import { requireOneOf, requirePastDate } from './validate.ts';

export interface RecordEntryInput {
  readonly accountId: string;
  readonly occurredOn?: string;
  readonly foundation: Foundation;
  readonly amount: number;
  /** Required for a withdrawal; must be absent (or null) for a deposit. */
  readonly intent?: Intent | null;
  readonly note?: string;
  readonly source?: Source;
}

export const MAX_NOTE_LENGTH = 2000;

/** Records one deposit or withdrawal; see `recordEntries`. */
export async function recordEntry(ctx: AppContext, organisationId: string, input: RecordEntryInput): Promise<EntryRecord> {
  const [entry] = await recordEntries(ctx, organisationId, [input]);
  return entry!;
}

/**
 * Records entries and adds them to their accounts' running sums in one transaction: either all
 * are in the ledger and the sums, or none. Every input is checked before anything is written.
 */
export async function recordEntries(
  ctx: AppContext,
  organisationId: string,
  inputs: readonly RecordEntryInput[],
): Promise<EntryRecord[]> {
  const entries = await checkEntries(ctx, organisationId, inputs);
  await ctx.store.db.transaction().execute((trx) => writeEntries(ctx, trx, organisationId, entries));
  return entries;
}

/** Turns inputs into entries ready to write, or refuses them all; writes nothing. */
export async function checkEntries(ctx: AppContext, organisationId: string, inputs: readonly RecordEntryInput[]): Promise<EntryRecord[]> {
  const now = ctx.now();
  const today = await organisationToday(ctx, organisationId);
  const entries = inputs.map((input, i) => toEntry(ctx, organisationId, input, today, now, inputs.length > 1 ? `${i}.` : ''));
  for (const accountId of new Set(entries.map((e) => e.accountId))) {
    await requireFollowedAccount(ctx, organisationId, accountId);
  }
  return entries;
}

/**
 * Appends checked entries to the ledger and their running sums within `trx`, the transaction of
 * whatever use case books them (recording, booking a trust scan, a CSV import).
 */
export async function writeEntries(ctx: AppContext, trx: Kysely<Database>, organisationId: string, entries: readonly EntryRecord[]): Promise<void> {
  const { version, parameters } = await currentParameterVersion(trx, organisationId);
  await appendEntries(trx, entries);
  await audit(ctx, trx, organisationId, {
    action: 'entry.record',
    objectType: 'entry',
    objectId: entries.length === 1 ? entries[0]!.id : null,
    details: { count: entries.length, accounts: [...new Set(entries.map((e) => e.accountId))] },
  });
  await addToSums(trx, organisationId, version, sumIncrements(entries, (e) => scaledContribution(e, parameters)));
}

/**
 * Contributions summed per account, foundation and sign: each running sum is updated once
 * however many of `entries` go into it.
 */
function sumIncrements<E extends { readonly accountId: string }>(entries: readonly E[], contribution: (entry: E) => ScaledContribution): SumIncrement[] {
  const byAccount = new Map<string, ScaledContribution[]>();
  for (const entry of entries) {
    const list = byAccount.get(entry.accountId);
    if (list) list.push(contribution(entry));
    else byAccount.set(entry.accountId, [contribution(entry)]);
  }
  return [...byAccount].flatMap(([accountId, contributions]) =>
    accumulate([], contributions).map((sum) => ({ accountId, foundation: sum.foundation, sign: sum.sign, scaledWeight: sum.scaledSum, occurredOn: sum.latestOccurredOn })),
  );
}

/** An account the organisation still follows: new entries go only to stakeholders that are not archived. */
async function requireFollowedAccount(ctx: AppContext, organisationId: string, accountId: string): Promise<void> {
  const account = await getAccountRecord(ctx, organisationId, accountId);
  const relation = await getRelation(ctx, organisationId, account.relationId);
  const stakeholder = await getStakeholder(ctx, organisationId, relation.stakeholderId);
  if (stakeholder.archivedAt !== null) {
    throw new ConflictError(`${stakeholder.name} is archived: restore the stakeholder before recording for account ${accountId}`);
  }
}

/** What an entry says, checked: an entry before it is given its id, time of recording and author. */
export type EntryFacts = Pick<EntryRecord, 'accountId' | 'occurredOn' | 'foundation' | 'amount' | 'intent' | 'note' | 'source'>;

/** One input checked and turned into an entry ready to write; the first mistake is thrown. */
export function toEntry(
  ctx: AppContext,
  organisationId: string,
  input: RecordEntryInput,
  today: string,
  now: Date,
  prefix: string,
): EntryRecord {
  const facts = checkEntryFacts(input, today, prefix);
  return { id: ctx.newId(), organisationId, recordedAt: now.toISOString(), authorUserId: ctx.actor.userId, reverses: null, ...facts };
}

/**
 * The checks of `toEntry`, without making the entry. Shared with the CSV import, which checks
 * rows itself first but keeps these rules as the last word, and gives ids when it writes.
 */
export function checkEntryFacts(input: RecordEntryInput, today: string, prefix: string): EntryFacts {
  if (!isValidAmount(input.amount)) {
    throw new ValidationError([
      { field: field(prefix, 'amount'), message: 'must be a whole number from -5 to -1 (withdrawal) or 1 to 5 (deposit)' },
    ]);
  }
  const intent = input.intent ?? null;
  if (input.amount > 0 && intent !== null) {
    throw new ValidationError([{ field: field(prefix, 'intent'), message: 'applies to withdrawals only; leave it out for a deposit' }]);
  }
  if (input.amount < 0 && intent === null) {
    throw new ValidationError([
      { field: field(prefix, 'intent'), message: `is required for a withdrawal: one of ${INTENTS.join(', ')}` },
    ]);
  }
  const note = input.note?.trim() ?? '';
  if (note.length > MAX_NOTE_LENGTH) {
    throw new ValidationError([{ field: field(prefix, 'note'), message: `must be at most ${MAX_NOTE_LENGTH} characters` }]);
  }
  return {
    accountId: input.accountId,
    occurredOn: requirePastDate(field(prefix, 'occurredOn'), input.occurredOn ?? today, today),
    foundation: requireOneOf(field(prefix, 'foundation'), input.foundation, FOUNDATIONS),
    amount: input.amount,
    intent: intent === null ? null : requireOneOf(field(prefix, 'intent'), intent, INTENTS),
    note,
    source: requireOneOf(field(prefix, 'source'), input.source ?? 'manual', SOURCES),
  };
}

/** A field's name in a refusal: `2.amount` for the third of several inputs. */
function field(prefix: string, name: string): string {
  return `${prefix}${name}`;
}

export interface ReverseEntryInput {
  /** Why the entry was a mistake; kept as the reversing entry's note. */
  readonly reason: string;
}

/**
 * Corrects a mistake the bookkeeping way: a new entry that names the one it reverses. The pair
 * then drops out of every figure at every date; the original stays visible in the ledger.
 */
export async function reverseEntry(
  ctx: AppContext,
  organisationId: string,
  entryId: string,
  input: ReverseEntryInput,
): Promise<EntryRecord> {
  const reason = input.reason.trim();
  if (reason.length === 0) throw new ValidationError([{ field: 'reason', message: 'must say why the entry is reversed' }]);
  if (reason.length > MAX_NOTE_LENGTH) {
    throw new ValidationError([{ field: 'reason', message: `must be at most ${MAX_NOTE_LENGTH} characters` }]);
  }
  const original = await findEntry(ctx.store.db, organisationId, entryId);
  if (!original) throw new NotFoundError('entry', entryId);
  if (original.reverses !== null) throw new ConflictError(`entry ${entryId} is itself a reversal and cannot be reversed`);
  if (await findReversalOf(ctx.store.db, organisationId, entryId)) {
    throw new ConflictError(`entry ${entryId} has already been reversed`);
  }
  try {
    return await ctx.store.db.transaction().execute((trx) => writeReversal(ctx, trx, organisationId, original, reason));
  } catch (error) {
    // Two reversals at once: the unique index on reverses_entry_id lets only one through.
    if (isUniqueViolation(error)) throw new ConflictError(`entry ${entryId} has already been reversed`);
    throw error;
  }
}

/** Appends the reversal of `original` and takes it out of the running sums, within `trx`. */
export async function writeReversal(
  ctx: AppContext,
  trx: Kysely<Database>,
  organisationId: string,
  original: EntryRecord,
  reason: string,
): Promise<EntryRecord> {
  const [reversal] = await writeReversals(ctx, trx, organisationId, [{ original, reason }]);
  return reversal!;
}

/**
 * Appends reversals and takes their originals out of the running sums, within `trx`: each
 * audited on its own, as if reversed one by one, with one statement per kind of write.
 */
export async function writeReversals(
  ctx: AppContext,
  trx: Kysely<Database>,
  organisationId: string,
  reversals: readonly { readonly original: EntryRecord; readonly reason: string }[],
): Promise<EntryRecord[]> {
  const recordedAt = ctx.now().toISOString();
  const written = reversals.map(({ original, reason }): EntryRecord => ({
    ...original,
    id: ctx.newId(),
    recordedAt,
    // The opposite amount, as a reversing booking shows; the figures ignore the pair either way.
    amount: -original.amount,
    authorUserId: ctx.actor.userId,
    note: reason,
    reverses: original.id,
  }));
  const { version, parameters } = await currentParameterVersion(trx, organisationId);
  // The reason is the reversal's note, not part of the record: an erasure clears notes, and the
  // append-only log must not keep what it cleared.
  await appendEntries(trx, written);
  await auditAll(
    ctx,
    trx,
    organisationId,
    written.map((reversal) => ({ action: 'entry.reverse', objectType: 'entry', objectId: reversal.reverses, details: { reversal: reversal.id } })),
  );
  await addToSums(trx, organisationId, version, sumIncrements(reversals.map((r) => r.original), (original) => reversalContribution(original, parameters)));
  return written;
}
