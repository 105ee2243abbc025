import type { Kysely } from 'kysely';
import { listBreaches, updateBreach } from './breaches.ts';
import type { Database } from './schema.ts';

/**
 * The one place where stored rows are changed in place: a privacy erasure removes the text that
 * identifies a person — the stakeholder's name and tags, the notes on their entries, the reasons
 * of phase overrides and acknowledgements about them, what was written about breaches on their
 * relations — and leaves every amount, date and foundation, so the ledger's sums do not move.
 */
export async function eraseIdentifyingText(
  db: Kysely<Database>,
  organisationId: string,
  target: { stakeholderId: string; relationIds: readonly string[]; accountIds: readonly string[]; replacementName: string },
): Promise<void> {
  await db
    .updateTable('stakeholders')
    .set({ name: target.replacementName, tags: '[]' })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', target.stakeholderId)
    .execute();
  await eraseBreachTexts(db, organisationId, target.relationIds);
  if (target.accountIds.length === 0) return;
  await db
    .updateTable('entries')
    .set({ note: '' })
    .where('organisation_id', '=', organisationId)
    .where('account_id', 'in', target.accountIds)
    .execute();
  await db
    .updateTable('phase_overrides')
    .set({ reason: '' })
    .where('organisation_id', '=', organisationId)
    .where('account_id', 'in', target.accountIds)
    .execute();
  for (const id of [...target.accountIds, ...target.relationIds]) {
    await db
      .updateTable('signal_acknowledgements')
      .set({ note: '' })
      .where('organisation_id', '=', organisationId)
      .where('signal_key', 'like', `%:${id}%`)
      .execute();
  }
}

/** Every text of a breach goes; its dates, states and links to the ledger stay. */
async function eraseBreachTexts(db: Kysely<Database>, organisationId: string, relationIds: readonly string[]): Promise<void> {
  for (const relationId of relationIds) {
    for (const breach of await listBreaches(db, organisationId, relationId)) {
      const apology = breach.apology === null ? null : Object.fromEntries(Object.entries(breach.apology).map(([e, step]) => [e, { ...step, note: '' }]));
      await updateBreach(
        db,
        {
          ...breach,
          description: '',
          apology: apology as typeof breach.apology,
          actions: breach.actions.map((a) => ({ ...a, description: '', owner: '' })),
          response: breach.response === null ? null : { ...breach.response, note: '' },
          history: breach.history.map((h) => ({ ...h, note: '' })),
        },
        breach.status,
      );
    }
  }
}
