import { findEntry, findReversalOf, type EntryRecord } from '../store/entries.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { insertStakeholder, listStakeholders } from '../store/stakeholders.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { CSV_COLUMNS, planImport, referencedEntryIds, type ExistingRecords, type ImportRows } from './csv-import-plan.ts';
import { CSV_KINDS, issueField, readCsv, type CsvIssue, type CsvKind } from './csv-read.ts';
import { ValidationError } from './errors.ts';
import { getOrganisation, organisationToday } from './organisations.ts';
import { writeEntries, writeReversal } from './record-entries.ts';
import { storeRelation } from './relations.ts';

/** The files of one import, as bytes (so that the encoding can be checked); any may be left out. */
export type CsvFiles = Partial<Record<CsvKind, Uint8Array>>;

export interface CsvImportSummary {
  /** True when nothing was written: the counts say what a real run would import. */
  readonly dryRun: boolean;
  readonly stakeholders: number;
  readonly relations: number;
  readonly entries: number;
  readonly reversals: number;
}

export interface CsvImportOptions {
  readonly dryRun?: boolean;
  /** Told how many entries are written so far, out of how many, as the writing goes on. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** More issues than this are summed up in one last issue: a wrong file gives one per line. */
export const MAX_REPORTED_ISSUES = 200;

/** Entries per write: each chunk reports progress and keeps the running-sum updates to its accounts. */
const ENTRIES_PER_WRITE = 5_000;

/** An import refused: every issue found, by file, line and column. */
export class CsvImportError extends ValidationError {
  constructor(readonly csvIssues: readonly CsvIssue[]) {
    const shown = csvIssues.slice(0, MAX_REPORTED_ISSUES);
    const rest = csvIssues.length - shown.length;
    super([
      ...shown.map((issue) => ({ field: issueField(issue), message: issue.message })),
      ...(rest > 0 ? [{ field: '', message: `and ${rest} more issue${rest === 1 ? '' : 's'} not listed` }] : []),
    ]);
    this.name = 'CsvImportError';
  }
}

/**
 * Imports stakeholders, their relations and entries from CSV (docs/exchange.md): all or nothing,
 * in one transaction, with running sums and audit kept by the ledger's own write functions. A dry
 * run checks everything the same way and writes nothing.
 */
export async function importCsv(ctx: AppContext, organisationId: string, files: CsvFiles, options: CsvImportOptions = {}): Promise<CsvImportSummary> {
  await getOrganisation(ctx, organisationId);
  const given = CSV_KINDS.filter((kind) => files[kind] !== undefined);
  if (given.length === 0) throw new ValidationError([{ field: '', message: `expected at least one of the files ${CSV_KINDS.map((k) => `${k}.csv`).join(', ')}` }]);

  const issues: CsvIssue[] = [];
  const rows: Record<CsvKind, ImportRows[CsvKind]> = { stakeholders: [], relations: [], entries: [] };
  for (const kind of given) {
    const table = readCsv(kind, files[kind]!, CSV_COLUMNS[kind]);
    rows[kind] = table.rows;
    issues.push(...table.issues);
  }
  // A file whose shape is wrong is not read for meaning: its missing lines would only be reported
  // again as unknown stakeholders or entries in the others.
  if (issues.length > 0) throw new CsvImportError(issues);
  const today = await organisationToday(ctx, organisationId);
  const { plan, issues: planIssues } = planImport(ctx, organisationId, rows, await existingRecords(ctx, organisationId, rows.entries), today);
  if (planIssues.length > 0) throw new CsvImportError(planIssues);

  const summary = {
    stakeholders: plan.stakeholders.length,
    relations: plan.relations.length,
    entries: plan.entries.length,
    reversals: plan.reversals.length,
  };
  if (options.dryRun) return { dryRun: true, ...summary };

  const total = plan.entries.length + plan.reversals.length;
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const stakeholder of plan.stakeholders) {
      await insertStakeholder(trx, stakeholder);
      await audit(ctx, trx, organisationId, { action: 'stakeholder.create', objectType: 'stakeholder', objectId: stakeholder.id });
    }
    for (const relation of plan.relations) await storeRelation(ctx, trx, relation);
    // Grouped by account, so each chunk touches few accounts' running sums.
    const entries = [...plan.entries].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
    for (let start = 0; start < entries.length; start += ENTRIES_PER_WRITE) {
      const chunk = entries.slice(start, start + ENTRIES_PER_WRITE);
      await writeEntries(ctx, trx, organisationId, chunk);
      options.onProgress?.(start + chunk.length, total);
    }
    for (const [i, { original, reason }] of plan.reversals.entries()) {
      await writeReversal(ctx, trx, organisationId, original, reason);
      if ((i + 1) % 500 === 0 || i + 1 === plan.reversals.length) options.onProgress?.(entries.length + i + 1, total);
    }
    await audit(ctx, trx, organisationId, { action: 'import.csv', objectType: 'organisation', objectId: organisationId, details: { ...summary, files: given } });
  });
  return { dryRun: false, ...summary };
}

/** What the files may refer to: the organisation's stakeholders, relations, accounts and reversed entries. */
async function existingRecords(ctx: AppContext, organisationId: string, entryRows: ImportRows['entries']): Promise<ExistingRecords> {
  const entries = new Map<string, { entry: EntryRecord; reversed: boolean }>();
  for (const id of referencedEntryIds(entryRows)) {
    const entry = await findEntry(ctx.store.db, organisationId, id);
    if (entry) entries.set(id, { entry, reversed: (await findReversalOf(ctx.store.db, organisationId, id)) !== undefined });
  }
  return {
    stakeholders: await listStakeholders(ctx.store.db, organisationId),
    relations: await listRelations(ctx.store.db, organisationId),
    accounts: await listAccounts(ctx.store.db, organisationId),
    entries,
  };
}
