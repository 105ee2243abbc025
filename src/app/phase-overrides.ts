import { PHASES, type Phase } from '../domain/vocabulary.ts';
import { insertPhaseOverride } from '../store/phase-overrides.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { getAccountRecord } from './relations.ts';
import { requireOneOf, requireText } from './validate.ts';

export interface OverridePhaseInput {
  /** The phase the user holds the relationship to be in; null lifts the override. */
  readonly phase: Phase | null;
  readonly reason: string;
}

/**
 * Records the user's judgement of an account's phase beside the inferred one; both stay visible.
 * Earlier overrides are kept: the newest one counts.
 */
export async function overridePhase(
  ctx: AppContext,
  organisationId: string,
  accountId: string,
  input: OverridePhaseInput,
): Promise<void> {
  await getAccountRecord(ctx, organisationId, accountId);
  const phase = input.phase === null ? null : requireOneOf('phase', input.phase, PHASES);
  const reason = requireText('reason', input.reason, 1000);
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertPhaseOverride(trx, { id: ctx.newId(), organisationId, accountId, phase, reason, createdAt: ctx.now().toISOString() });
    await audit(ctx, trx, organisationId, { action: 'phase.override', objectType: 'account', objectId: accountId, details: { phase } });
  });
}
