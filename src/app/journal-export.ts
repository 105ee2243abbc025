import { formatJournal, type JournalEntry } from '../domain/journal-format.ts';
import { organisationEntries } from '../store/entries.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { getOrganisation } from './organisations.ts';
import { resolveParameters } from './parameters.ts';

/**
 * The organisation's whole ledger as a plain-text accounting journal for ledger-cli and hledger
 * (docs/exchange-journal.md), weighted under a parameter version (the current one by default).
 * Archived stakeholders' entries are included: the journal is the ledger, not today's overview.
 * It carries names and notes out of the product, so it is audited like every other export.
 */
export async function exportJournal(ctx: AppContext, organisationId: string, options: { parameterVersion?: number } = {}): Promise<string> {
  const organisation = await getOrganisation(ctx, organisationId);
  const parameters = await resolveParameters(ctx, organisationId, options.parameterVersion);
  const db = ctx.store.db;
  const [stakeholders, relations, accounts, entries] = await Promise.all([
    listStakeholders(db, organisationId),
    listRelations(db, organisationId),
    listAccounts(db, organisationId),
    organisationEntries(db, organisationId),
  ]);
  const stakeholderOfRelation = new Map(relations.map((r) => [r.id, r.stakeholderId]));
  const accountById = new Map(accounts.map((a) => [a.id, { stakeholderId: stakeholderOfRelation.get(a.relationId)!, direction: a.direction }]));
  const journalEntries: JournalEntry[] = entries.map((e) => ({ ...e, ...accountById.get(e.accountId)! }));
  await audit(ctx, db, organisationId, {
    action: 'export.journal',
    objectType: 'organisation',
    objectId: organisationId,
    details: { parameterVersion: parameters.version, entries: entries.length },
  });
  return formatJournal({
    organisationName: organisation.name,
    parameterVersion: parameters.version,
    parameters: parameters.parameters,
    exportedAt: ctx.now().toISOString(),
    stakeholders: stakeholders.map((s) => ({ id: s.id, name: s.name })),
    entries: journalEntries,
  });
}
