import { stringify } from 'csv-stringify/sync';
import { organisationEntries } from '../store/entries.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { CSV_COLUMNS, TAG_SEPARATOR } from './csv-import-plan.ts';
import type { CsvKind } from './csv-read.ts';
import { ConflictError } from './errors.ts';
import { getOrganisation } from './organisations.ts';

/**
 * The organisation's stakeholders, relations or entries as the CSV the import reads
 * (docs/exchange.md): a stakeholder's key is its id, entries keep their ids so that reversals can
 * name what they reverse. Imported into an empty organisation, the three files give every account
 * the same figures. The file carries names and notes out of the product, so it is audited like every
 * other export.
 */
export async function exportCsv(ctx: AppContext, organisationId: string, kind: CsvKind): Promise<string> {
  await getOrganisation(ctx, organisationId);
  const header = CSV_COLUMNS[kind].map((c) => c.name);
  const rows = await ({ stakeholders: stakeholderRows, relations: relationRows, entries: entryRows } as const)[kind](ctx, organisationId);
  await audit(ctx, ctx.store.db, organisationId, { action: 'export.csv', objectType: 'organisation', objectId: organisationId, details: { kind, rows: rows.length } });
  return stringify([header, ...rows]);
}

async function stakeholderRows(ctx: AppContext, organisationId: string): Promise<string[][]> {
  return (await listStakeholders(ctx.store.db, organisationId)).map((s) => [
    s.id,
    s.name,
    s.category,
    s.level,
    String(s.importance),
    String(s.influence),
    String(s.interest),
    String(s.vulnerability),
    s.tags.join(TAG_SEPARATOR),
  ]);
}

async function relationRows(ctx: AppContext, organisationId: string): Promise<string[][]> {
  const relations = await listRelations(ctx.store.db, organisationId);
  requireOneRelationEach(relations);
  return relations.map((r) => [r.stakeholderId, r.startedOn, r.scope, String(r.cadenceDays)]);
}

async function entryRows(ctx: AppContext, organisationId: string): Promise<string[][]> {
  const relations = await listRelations(ctx.store.db, organisationId);
  requireOneRelationEach(relations);
  const stakeholderOf = new Map(relations.map((r) => [r.id, r.stakeholderId]));
  const accounts = new Map((await listAccounts(ctx.store.db, organisationId)).map((a) => [a.id, a]));
  // Date order, then id: a reversal shares its original's date and has a later id, so it follows it.
  return (await organisationEntries(ctx.store.db, organisationId)).map((e) => {
    const account = accounts.get(e.accountId)!;
    return [
      stakeholderOf.get(account.relationId)!,
      account.direction,
      e.occurredOn,
      e.foundation,
      String(e.amount),
      e.intent ?? '',
      e.note,
      e.source,
      e.id,
      e.reverses ?? '',
    ];
  });
}

/** Entries name a stakeholder, not a relation: the format carries one relation per stakeholder. */
function requireOneRelationEach(relations: readonly { stakeholderId: string }[]): void {
  const seen = new Set<string>();
  const doubled = new Set(relations.filter((r) => seen.size === seen.add(r.stakeholderId).size).map((r) => r.stakeholderId));
  if (doubled.size > 0) {
    throw new ConflictError(`the CSV format carries one relation per stakeholder; these stakeholders have more: ${[...doubled].join(', ')}`);
  }
}
