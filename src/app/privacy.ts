import { listBreaches, type BreachRecord } from '../store/breaches.ts';
import { accountEntries, type EntryRecord } from '../store/entries.ts';
import { eraseIdentifyingText } from '../store/erasure.ts';
import { listAccounts, listRelations, type AccountRecord, type RelationRecord } from '../store/relations.ts';
import type { StakeholderRecord } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { getStakeholder } from './stakeholders.ts';
import { requireText } from './validate.ts';

export interface PersonalDataExport {
  readonly exportedAt: string;
  readonly stakeholder: StakeholderRecord;
  readonly relations: (RelationRecord & { accounts: (AccountRecord & { entries: EntryRecord[] })[]; breaches: BreachRecord[] })[];
}

async function gather(ctx: AppContext, organisationId: string, stakeholderId: string) {
  const stakeholder = await getStakeholder(ctx, organisationId, stakeholderId);
  const relations = (await listRelations(ctx.store.db, organisationId)).filter((r) => r.stakeholderId === stakeholderId);
  const withAccounts = [];
  for (const relation of relations) {
    const accounts = [];
    for (const account of await listAccounts(ctx.store.db, organisationId, relation.id)) {
      accounts.push({ ...account, entries: await accountEntries(ctx.store.db, organisationId, account.id) });
    }
    withAccounts.push({ ...relation, accounts, breaches: await listBreaches(ctx.store.db, organisationId, relation.id) });
  }
  return { stakeholder, relations: withAccounts };
}

/** Everything stored about one stakeholder, for a subject-access request (GDPR art. 15). The export is audited. */
export async function exportPersonalData(ctx: AppContext, organisationId: string, stakeholderId: string): Promise<PersonalDataExport> {
  const data = await gather(ctx, organisationId, stakeholderId);
  await audit(ctx, ctx.store.db, organisationId, { action: 'privacy.export', objectType: 'stakeholder', objectId: stakeholderId });
  return { exportedAt: ctx.now().toISOString(), ...data };
}

/**
 * Erases what identifies a stakeholder (GDPR art. 17) while the ledger's figures stay exactly as
 * they were: names, tags and notes go, amounts and dates remain. The erasure itself is audited,
 * without the erased text.
 */
export async function erasePersonalData(
  ctx: AppContext,
  organisationId: string,
  stakeholderId: string,
  input: { reason: string },
): Promise<StakeholderRecord> {
  const reason = requireText('reason', input.reason, 1000);
  const { relations } = await gather(ctx, organisationId, stakeholderId);
  const replacementName = `Erased stakeholder ${stakeholderId.slice(-6)}`;
  await ctx.store.db.transaction().execute(async (trx) => {
    await eraseIdentifyingText(trx, organisationId, {
      stakeholderId,
      relationIds: relations.map((r) => r.id),
      accountIds: relations.flatMap((r) => r.accounts.map((a) => a.id)),
      replacementName,
    });
    await audit(ctx, trx, organisationId, { action: 'privacy.erase', objectType: 'stakeholder', objectId: stakeholderId, details: { reason } });
  });
  return getStakeholder(ctx, organisationId, stakeholderId);
}
