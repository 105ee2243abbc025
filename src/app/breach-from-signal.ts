import { breachDirectionOf, type BreachScale } from '../domain/breach.ts';
import { findAccount } from '../store/relations.ts';
import { recordBreach, type BreachView } from './breaches.ts';
import type { AppContext } from './context.ts';
import { ConflictError, NotFoundError } from './errors.ts';
import { acknowledgeSignal, currentSignals } from './signals.ts';

export interface BreachFromSignalInput {
  /** The key of a `small_incidents` signal, as the inbox shows it. */
  readonly signalKey: string;
  /** Defaults to the signal's title. */
  readonly description?: string;
  /** Defaults to incidental: small incidents that add up. */
  readonly scale?: BreachScale;
  readonly followUpOn?: string | null;
}

/**
 * Turns accumulating small incidents into one breach in one step (essay §8.2: swept under the
 * carpet they do not go away). The breach names the signal's withdrawals, is dated at the
 * latest of them, counts as intentional when any of them was, and the signal is acknowledged
 * with a pointer to the breach — it returns if further incidents follow.
 */
export async function breachFromSignal(ctx: AppContext, organisationId: string, input: BreachFromSignalInput): Promise<BreachView> {
  const signal = (await currentSignals(ctx, organisationId)).find((s) => s.key === input.signalKey);
  if (!signal) throw new NotFoundError('signal', input.signalKey);
  if (signal.kind !== 'small_incidents' || signal.accountId === null) {
    throw new ConflictError(`signal ${input.signalKey} is a ${signal.kind.replace(/_/g, ' ')} signal; only accumulating small incidents become a breach`);
  }
  const account = (await findAccount(ctx.store.db, organisationId, signal.accountId))!;
  const entries = await ctx.store.db
    .selectFrom('entries')
    .select(['id', 'occurred_on', 'intent'])
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', signal.evidence)
    .execute();
  const latest = entries.reduce((last, e) => (e.occurred_on > last ? e.occurred_on : last), entries[0]!.occurred_on);
  const breach = await recordBreach(ctx, organisationId, {
    relationId: account.relationId,
    direction: breachDirectionOf(account.direction),
    occurredOn: latest,
    intent: entries.some((e) => e.intent === 'intentional') ? 'intentional' : 'side_effect',
    scale: input.scale ?? 'incidental',
    description: input.description?.trim() ? input.description : signal.title.en,
    entryIds: signal.evidence,
    followUpOn: input.followUpOn ?? null,
  });
  await acknowledgeSignal(ctx, organisationId, { key: signal.key, note: `Recorded as breach ${breach.id}.` });
  return breach;
}
