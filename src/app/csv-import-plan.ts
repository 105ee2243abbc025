import type { IsoDate } from '../domain/calendar.ts';
import { CATEGORY_PATTERN, DIRECTIONS, FOUNDATIONS, INTENTS, LEVELS, SCOPES, SOURCES, type Direction } from '../domain/vocabulary.ts';
import type { EntryRecord } from '../store/entries.ts';
import type { AccountRecord, RelationRecord } from '../store/relations.ts';
import type { StakeholderRecord } from '../store/stakeholders.ts';
import { CsvCells } from './csv-cells.ts';
import type { CsvColumn, CsvIssue, CsvKind, CsvRow } from './csv-read.ts';
import type { AppContext } from './context.ts';
import { ValidationError } from './errors.ts';
import { checkEntryFacts, MAX_NOTE_LENGTH, type EntryFacts } from './record-entries.ts';
import { DEFAULT_CADENCE_DAYS, newRelation, type RelationWithAccounts } from './relations.ts';

/**
 * From checked-shape CSV rows to the records an import would write: every value and every
 * reference between the files and to what the organisation already holds is checked here, with
 * each issue placed by line and column. Does no I/O; ids and the clock come from the context.
 */

const column = (name: string, required = false): CsvColumn => ({ name, required });

export const CSV_COLUMNS = {
  stakeholders: [
    column('key', true),
    column('name', true),
    column('category', true),
    column('level', true),
    column('importance'),
    column('influence'),
    column('interest'),
    column('vulnerability'),
    column('tags'),
  ],
  relations: [column('stakeholder', true), column('started_on'), column('scope'), column('cadence_days')],
  entries: [
    column('stakeholder', true),
    column('direction', true),
    column('occurred_on', true),
    column('foundation', true),
    column('amount', true),
    column('intent'),
    column('note'),
    column('source'),
    column('id'),
    column('reverses'),
  ],
} as const satisfies Record<CsvKind, readonly CsvColumn[]>;

/** Tags share one cell, separated by `|` (a character neither separator nor spreadsheets use). */
export const TAG_SEPARATOR = '|';
const DEFAULT_RATING = 3;

/** What the organisation holds that an import may refer to. */
export interface ExistingRecords {
  readonly stakeholders: readonly StakeholderRecord[];
  readonly relations: readonly RelationRecord[];
  readonly accounts: readonly AccountRecord[];
  /** Entries named in `reverses` that are not in the file, with whether they are reversed already. */
  readonly entries: ReadonlyMap<string, { readonly entry: EntryRecord; readonly reversed: boolean }>;
}

export interface ImportRows {
  readonly stakeholders: readonly CsvRow[];
  readonly relations: readonly CsvRow[];
  readonly entries: readonly CsvRow[];
}

export interface PlannedReversal {
  /** One of the plan's entries, or an entry in the ledger. */
  readonly original: EntryFacts | EntryRecord;
  readonly reason: string;
}

export interface ImportPlan {
  readonly stakeholders: readonly StakeholderRecord[];
  readonly relations: readonly RelationWithAccounts[];
  /** In the order of the file; they are given ids when they are written. */
  readonly entries: readonly EntryFacts[];
  readonly reversals: readonly PlannedReversal[];
}

/** The entry ids in `reverses` that the entries file does not define itself: to look up in the ledger. */
export function referencedEntryIds(rows: readonly CsvRow[]): string[] {
  const defined = new Set(rows.map((row) => row.values.id ?? '').filter((id) => id !== ''));
  return [...new Set(rows.map((row) => row.values.reverses ?? '').filter((id) => id !== '' && !defined.has(id)))];
}

/** A stakeholder a line refers to, new in this import or existing. */
type StakeholderTarget = { readonly stakeholder: StakeholderRecord };

/** Plans the import, or returns the issues that refuse it (all of them, in file and line order). */
export function planImport(
  ctx: AppContext,
  organisationId: string,
  rows: ImportRows,
  existing: ExistingRecords,
  today: IsoDate,
): { plan: ImportPlan; issues: CsvIssue[] } {
  const issues: CsvIssue[] = [];
  const now = ctx.now().toISOString();

  // ── Stakeholders: each line is a new one, known to the other files by its key.
  const byKey = new Map<string, StakeholderTarget & { line: number }>();
  const existingById = new Map(existing.stakeholders.map((s) => [s.id, s]));
  const existingByName = new Map<string, StakeholderRecord[]>();
  for (const s of existing.stakeholders) existingByName.set(s.name.toLowerCase(), [...(existingByName.get(s.name.toLowerCase()) ?? []), s]);
  const newNames = new Map<string, number>();
  const newByName = new Map<string, StakeholderRecord>();
  // Keys of lines refused above: what refers to them is not refused a second time.
  const failedKeys = new Set<string>();
  const stakeholders: StakeholderRecord[] = [];
  for (const row of rows.stakeholders) {
    const cells = new CsvCells('stakeholders', row, issues);
    const key = cells.text('key', { required: true, maxLength: 200 });
    const name = cells.text('name', { required: true, maxLength: 200 });
    const category = cells.raw('category');
    if (!CATEGORY_PATTERN.test(category)) {
      cells.fail('category', `expected a category key (lower-case letters, digits and _, at most 40, e.g. customers, suppliers), got "${category}"`);
    }
    const level = cells.oneOf('level', LEVELS);
    const [importance, influence, interest, vulnerability] = (['importance', 'influence', 'interest', 'vulnerability'] as const).map((c) =>
      cells.integer(c, 1, 5, DEFAULT_RATING),
    );
    const tags = [...new Set(cells.raw('tags').split(TAG_SEPARATOR).map((t) => t.trim()).filter((t) => t !== ''))];
    const longTag = tags.find((t) => t.length > 40);
    if (longTag !== undefined) cells.fail('tags', `expected tags of at most 40 characters separated by "${TAG_SEPARATOR}", got "${longTag}"`);
    if (key !== undefined) {
      const earlier = byKey.get(key);
      if (earlier) cells.fail('key', `expected a key no other line has, got "${key}" (also on line ${earlier.line})`);
      else if (existingById.has(key)) cells.fail('key', `expected a new stakeholder, got the id of "${existingById.get(key)!.name}", which exists already: leave it out of stakeholders.csv and refer to it by id or name`);
    }
    if (name !== undefined) {
      const lower = name.toLowerCase();
      if (existingByName.has(lower)) {
        cells.fail('name', `expected a new stakeholder, got "${name}", which exists already: leave it out of stakeholders.csv and refer to it by name or id`);
      } else if (newNames.has(lower)) {
        cells.fail('name', `expected a name no other line has, got "${name}" (also on line ${newNames.get(lower)})`);
      } else newNames.set(lower, row.line);
    }
    if (key === undefined || byKey.has(key) || existingById.has(key)) continue;
    if (name === undefined || level === undefined || !CATEGORY_PATTERN.test(category) || importance === undefined || influence === undefined || interest === undefined || vulnerability === undefined) {
      failedKeys.add(key);
      continue;
    }
    const stakeholder: StakeholderRecord = {
      id: ctx.newId(),
      organisationId,
      name,
      category,
      level,
      importance,
      influence,
      interest,
      vulnerability,
      tags,
      createdAt: now,
      archivedAt: null,
    };
    byKey.set(key, { stakeholder, line: row.line });
    newByName.set(name.toLowerCase(), stakeholder);
    stakeholders.push(stakeholder);
  }

  /** A stakeholder named in relations or entries: a key or name of stakeholders.csv, or an existing one's id or name. */
  function stakeholderOf(cells: CsvCells): StakeholderTarget | undefined {
    const ref = cells.raw('stakeholder');
    if (ref === '') return cells.fail('stakeholder', 'expected a key or name of stakeholders.csv, or the id or name of an existing stakeholder, got an empty cell');
    const fromFile = byKey.get(ref);
    if (fromFile) return fromFile;
    if (failedKeys.has(ref)) return undefined;
    const byId = existingById.get(ref);
    if (byId) return { stakeholder: byId };
    const newNamed = newByName.get(ref.toLowerCase());
    if (newNamed) return { stakeholder: newNamed };
    const named = existingByName.get(ref.toLowerCase()) ?? [];
    if (named.length === 1) return { stakeholder: named[0]! };
    if (named.length > 1) return cells.fail('stakeholder', `expected one stakeholder, got "${ref}", the name of ${named.length}: use the id`);
    return cells.fail('stakeholder', `expected a key or name of stakeholders.csv, or the id or name of an existing stakeholder, got "${ref}"`);
  }

  // ── Relations: at most one per stakeholder, so entries can name the stakeholder alone.
  const relationsOf = new Map<string, RelationWithAccounts[]>();
  const relationLine = new Map<string, number>();
  const accountIds = new Map<string, Partial<Record<Direction, string>>>();
  for (const a of existing.accounts) accountIds.set(a.relationId, { ...accountIds.get(a.relationId), [a.direction]: a.id });
  for (const relation of existing.relations) {
    const ids = accountIds.get(relation.id) ?? {};
    relationsOf.set(relation.stakeholderId, [
      ...(relationsOf.get(relation.stakeholderId) ?? []),
      { ...relation, accounts: { received: ids.received ?? '', given: ids.given ?? '' } },
    ]);
  }
  const relations: RelationWithAccounts[] = [];
  // Stakeholders whose relation line was refused: their entries are not refused a second time.
  const failedRelations = new Set<string>();
  for (const row of rows.relations) {
    const cells = new CsvCells('relations', row, issues);
    const target = stakeholderOf(cells);
    const startedOn = cells.date('started_on', today, today);
    const scope = cells.oneOf('scope', SCOPES, 'contract');
    const cadenceDays = cells.integer('cadence_days', 1, 3650, DEFAULT_CADENCE_DAYS);
    if (!target) continue;
    if (startedOn === undefined || scope === undefined || cadenceDays === undefined) {
      failedRelations.add(target.stakeholder.id);
      continue;
    }
    const earlierLine = relationLine.get(target.stakeholder.id);
    if (earlierLine !== undefined) {
      cells.fail('stakeholder', `expected one relation per stakeholder, got a second for "${target.stakeholder.name}" (also on line ${earlierLine})`);
      continue;
    }
    if ((relationsOf.get(target.stakeholder.id) ?? []).length > 0) {
      cells.fail('stakeholder', `expected a stakeholder without a relation, got "${target.stakeholder.name}", whose relation exists already`);
      continue;
    }
    const relation = atLine(cells, () =>
      newRelation(ctx, organisationId, { stakeholderId: target.stakeholder.id, startedOn, scope, cadenceDays }, today),
    );
    if (!relation) continue;
    relationLine.set(target.stakeholder.id, row.line);
    relationsOf.set(target.stakeholder.id, [relation]);
    relations.push(relation);
  }

  /** The accounts of a stakeholder's relation, if the stakeholder can take entries. */
  function accountsOf(cells: CsvCells, target: StakeholderTarget): Readonly<Record<Direction, string>> | undefined {
    const { stakeholder } = target;
    if (stakeholder.archivedAt !== null) return cells.fail('stakeholder', `expected a stakeholder the organisation follows, got "${stakeholder.name}", which is archived: restore it first`);
    const found = relationsOf.get(stakeholder.id) ?? [];
    if (found.length === 0 && failedRelations.has(stakeholder.id)) return undefined;
    if (found.length === 0) return cells.fail('stakeholder', `expected a stakeholder with a relation, got "${stakeholder.name}", which has none: add a line for it to relations.csv`);
    if (found.length > 1) return cells.fail('stakeholder', `expected a stakeholder with one relation, got "${stakeholder.name}", which has ${found.length}`);
    return found[0]!.accounts;
  }

  const accountOwners = new Map<string, { stakeholder: StakeholderRecord; direction: Direction }>();
  const stakeholderById = new Map([...existing.stakeholders, ...stakeholders].map((s) => [s.id, s]));
  for (const [stakeholderId, list] of relationsOf) {
    const stakeholder = stakeholderById.get(stakeholderId);
    if (!stakeholder) continue;
    for (const relation of list) for (const direction of DIRECTIONS) accountOwners.set(relation.accounts[direction], { stakeholder, direction });
  }

  // ── Entries: deposits and withdrawals, and reversals that name the entry they correct.
  const entries: EntryFacts[] = [];
  const reversals: PlannedReversal[] = [];
  const byFileId = new Map<string, { entry: EntryFacts | undefined; line: number }>();
  const reversedAt = new Map<string, number>();
  // The accounts each `stakeholder` value led to without an issue. A large file names each
  // stakeholder many times (the benchmark's 1M lines, 10,000 stakeholders): one lookup here
  // instead of the four behind it, scattered over memory, halved the time to plan them.
  const accountsByRef = new Map<string, Readonly<Record<Direction, string>>>();
  for (const row of rows.entries) {
    const cells = new CsvCells('entries', row, issues);
    const fileId = cells.raw('id');
    if (fileId !== '' && byFileId.has(fileId)) {
      cells.fail('id', `expected an id no other line has, got "${fileId}" (also on line ${byFileId.get(fileId)!.line})`);
    }
    if (cells.raw('reverses') !== '') {
      const reversal = planReversal(cells, byFileId, existing.entries, reversedAt);
      if (reversal) {
        const owner = accountOwners.get(reversal.original.accountId);
        const target = cells.raw('stakeholder') === '' ? undefined : stakeholderOf(cells);
        if (owner && target && target.stakeholder.id !== owner.stakeholder.id) {
          cells.fail('stakeholder', `expected "${owner.stakeholder.name}" as on the entry it reverses (or an empty cell), got "${cells.raw('stakeholder')}"`);
        }
        const direction = cells.raw('direction');
        if (owner && direction !== '' && direction !== owner.direction) {
          cells.fail('direction', `expected "${owner.direction}" as on the entry it reverses (or an empty cell), got "${direction}"`);
        }
        reversals.push(reversal);
      }
      if (fileId !== '' && !byFileId.has(fileId)) byFileId.set(fileId, { entry: undefined, line: row.line });
      continue;
    }
    const ref = cells.raw('stakeholder');
    let accounts = accountsByRef.get(ref);
    const target = accounts ? undefined : stakeholderOf(cells);
    const direction = cells.oneOf('direction', DIRECTIONS);
    const occurredOn = cells.date('occurred_on', today);
    const foundation = cells.oneOf('foundation', FOUNDATIONS);
    const amount = cells.amount('amount');
    const intent = intentOf(cells, amount);
    const note = cells.text('note', { required: false, maxLength: MAX_NOTE_LENGTH });
    const source = cells.oneOf('source', SOURCES, 'import');
    if (!accounts && target && direction) {
      accounts = accountsOf(cells, target);
      if (accounts) accountsByRef.set(ref, accounts);
    }
    const accountId = accounts && direction ? accounts[direction] : undefined;
    let entry: EntryFacts | undefined;
    if (accountId && occurredOn && foundation && amount !== undefined && intent !== undefined && note !== undefined && source) {
      entry = atLine(cells, () => checkEntryFacts({ accountId, occurredOn, foundation, amount, intent, note, source }, today, ''));
      if (entry) entries.push(entry);
    }
    if (fileId !== '' && !byFileId.has(fileId)) byFileId.set(fileId, { entry, line: row.line });
  }

  const order = { stakeholders: 0, relations: 1, entries: 2 };
  issues.sort((a, b) => order[a.file] - order[b.file] || a.line - b.line);
  return { plan: { stakeholders, relations, entries, reversals }, issues };
}

/** A withdrawal's intent (required), or null for a deposit (where none may be given). */
function intentOf(cells: CsvCells, amount: number | undefined): (typeof INTENTS)[number] | null | undefined {
  if (amount === undefined) return undefined;
  if (amount > 0) {
    if (cells.raw('intent') !== '') return cells.fail('intent', `expected an empty cell for a deposit, got "${cells.raw('intent')}"`);
    return null;
  }
  return cells.oneOf('intent', INTENTS);
}

/**
 * A line that reverses an earlier entry of the file (by its `id`) or one in the ledger. Its note
 * is the reason; the other values, when given, must be the reversed entry's own (with the amount
 * negated), which is what an export writes.
 */
function planReversal(
  cells: CsvCells,
  inFile: ReadonlyMap<string, { entry: EntryFacts | undefined; line: number }>,
  inLedger: ExistingRecords['entries'],
  reversedAt: Map<string, number>,
): PlannedReversal | undefined {
  const ref = cells.raw('reverses');
  const fromFile = inFile.get(ref);
  const fromLedger = inLedger.get(ref);
  if (fromFile && fromFile.entry === undefined) {
    // Line `fromFile.line` has its own issue, or is itself a reversal.
    return cells.fail('reverses', `expected a valid deposit or withdrawal to reverse, got "${ref}" (line ${fromFile.line})`);
  }
  const original = fromFile?.entry ?? fromLedger?.entry;
  if (!original) return cells.fail('reverses', `expected the id of an earlier line of entries.csv or of an entry in the ledger, got "${ref}"`);
  // A line of the file that holds an entry is never a reversal: only the ledger's can be.
  if (!fromFile && fromLedger!.entry.reverses !== null) return cells.fail('reverses', `expected an entry that is not itself a reversal, got "${ref}"`);
  const earlier = reversedAt.get(ref);
  if (fromLedger?.reversed || earlier !== undefined) {
    return cells.fail('reverses', `expected an entry not yet reversed, got "${ref}"${earlier === undefined ? '' : ` (reversed on line ${earlier})`}`);
  }
  const reason = cells.text('note', { required: true, maxLength: MAX_NOTE_LENGTH });
  const expected: Record<string, string> = {
    occurred_on: original.occurredOn,
    foundation: original.foundation,
    amount: String(-original.amount),
    intent: original.intent ?? '',
  };
  for (const [name, value] of Object.entries(expected)) {
    const given = cells.raw(name).replace('\u2212', '-');
    if (given !== '' && given !== value) cells.fail(name, `expected "${value}" as on the entry it reverses (or an empty cell), got "${cells.raw(name)}"`);
  }
  if (reason === undefined) return undefined;
  reversedAt.set(ref, cells.line);
  return { original, reason };
}

const FIELD_COLUMNS: Readonly<Record<string, string>> = { startedOn: 'started_on', cadenceDays: 'cadence_days', occurredOn: 'occurred_on' };

/** Runs a use case's own check on one line, turning a refusal into issues of that line. */
function atLine<T>(cells: CsvCells, make: () => T): T | undefined {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues) cells.fail(FIELD_COLUMNS[issue.field] ?? issue.field, issue.message);
    return undefined;
  }
}
