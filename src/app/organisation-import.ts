import type { z } from 'zod';
import { effectiveEntries } from '../domain/ledger-entry.ts';
import { DEFAULT_PARAMETERS, type Parameters } from '../domain/parameters.ts';
import { scaledContribution } from '../domain/scaled-sums.ts';
import { findOrganisation, insertOrganisation, type OrganisationRecord } from '../store/organisations.ts';
import { existingUsers, insertOrganisationRows, type StoredRow } from '../store/organisation-rows.ts';
import { insertMembership, normaliseEmail } from '../store/users.ts';
import { isUniqueViolation } from '../store/unique-violation.ts';
import { audit } from './audit.ts';
import type { AppContext } from './context.ts';
import { ConflictError, ValidationError, type FieldIssue } from './errors.ts';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportDocumentSchema,
  JSON_COLUMNS,
  TABLES_IN_ORDER,
  type ExportDocument,
  type TableName,
} from './organisation-export-format.ts';

export interface ImportOptions {
  /**
   * The user who imports through the API: they become the owner, and no one else gets access
   * from the file (an upload must not hand an organisation to other people). Without it — the
   * command line on the server — the memberships of people this server knows are kept.
   */
  readonly ownerUserId?: string;
}

/** Relative tolerance when checking imported running sums against sums rebuilt from the entries. */
const SUM_TOLERANCE = 1e-9;

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(document)', message: issue.message }));
}

/** The format and version first, so a wrong file is called that rather than a thousand field errors. */
function checkHead(input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ValidationError([{ field: '(document)', message: 'must be a JSON object: an organisation exported by Trust Ledger' }]);
  }
  const head = input as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) {
    throw new ValidationError([{ field: 'format', message: `must be "${EXPORT_FORMAT}": this is not an organisation exported by Trust Ledger` }]);
  }
  if (head.formatVersion !== EXPORT_FORMAT_VERSION) {
    throw new ValidationError([
      { field: 'formatVersion', message: `is ${JSON.stringify(head.formatVersion)}; this server reads version ${EXPORT_FORMAT_VERSION}` },
    ]);
  }
}

/** Every reference between records points at a record of the same document. */
function checkReferences(doc: ExportDocument): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ids = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((row) => row.id));
  const sets = {
    stakeholders: ids(doc.stakeholders),
    relations: ids(doc.relations),
    accounts: ids(doc.accounts),
    entries: ids(doc.entries),
    scans: ids(doc.scans),
    breaches: ids(doc.breaches),
    people: ids(doc.people),
  };
  const versions = new Set(doc.parameter_versions.map((v) => v.version));
  const need = (present: boolean, field: string, what: string) => {
    if (!present) issues.push({ field, message: `names ${what} that is not in the document` });
  };
  const person = (value: string | null, field: string) => value === null || need(sets.people.has(value), field, 'a person');
  for (const [table, rows] of TABLES_IN_ORDER.map((t) => [t, doc[t] as readonly { id?: string }[]] as const)) {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (row.id === undefined) return;
      if (seen.has(row.id)) issues.push({ field: `${table}.${i}.id`, message: 'is the id of an earlier record too' });
      seen.add(row.id);
    });
  }
  if (doc.parameter_versions.length === 0) issues.push({ field: 'parameter_versions', message: 'must hold at least version 1' });
  doc.relations.forEach((r, i) => {
    need(sets.stakeholders.has(r.stakeholder_id), `relations.${i}.stakeholder_id`, 'a stakeholder');
    person(r.owner_user_id, `relations.${i}.owner_user_id`);
  });
  doc.accounts.forEach((a, i) => need(sets.relations.has(a.relation_id), `accounts.${i}.relation_id`, 'a relation'));
  const reversals = new Set(doc.entries.flatMap((e) => (e.reverses_entry_id === null ? [] : [e.id])));
  const reversed = new Set<string>();
  doc.entries.forEach((e, i) => {
    need(sets.accounts.has(e.account_id), `entries.${i}.account_id`, 'an account');
    if (e.reverses_entry_id !== null) {
      need(sets.entries.has(e.reverses_entry_id), `entries.${i}.reverses_entry_id`, 'an entry');
      // As the product records them: once per entry, never a reversal of a reversal.
      if (reversals.has(e.reverses_entry_id)) issues.push({ field: `entries.${i}.reverses_entry_id`, message: 'names a reversal, which cannot be reversed' });
      if (reversed.has(e.reverses_entry_id)) issues.push({ field: `entries.${i}.reverses_entry_id`, message: 'names an entry an earlier record reverses already' });
      reversed.add(e.reverses_entry_id);
    }
    person(e.author_user_id, `entries.${i}.author_user_id`);
  });
  doc.account_sums.forEach((s, i) => {
    need(sets.accounts.has(s.account_id), `account_sums.${i}.account_id`, 'an account');
    need(versions.has(s.parameter_version), `account_sums.${i}.parameter_version`, 'a parameter version');
  });
  doc.phase_overrides.forEach((o, i) => need(sets.accounts.has(o.account_id), `phase_overrides.${i}.account_id`, 'an account'));
  doc.scans.forEach((s, i) => {
    s.members.forEach((m, j) => need(sets.stakeholders.has(m), `scans.${i}.members.${j}`, 'a stakeholder'));
    (s.booked_entries ?? []).forEach((e, j) => need(sets.entries.has(e), `scans.${i}.booked_entries.${j}`, 'an entry'));
    if (s.target_type === 'stakeholder') need(sets.stakeholders.has(s.target_value), `scans.${i}.target_value`, 'a stakeholder');
  });
  for (const table of ['scan_invitations', 'scan_responses', 'scan_disclosures'] as const) {
    doc[table].forEach((row, i) => need(sets.scans.has(row.scan_id), `${table}.${i}.scan_id`, 'a scan'));
  }
  doc.influence_edges.forEach((e, i) => {
    need(sets.stakeholders.has(e.from_stakeholder_id), `influence_edges.${i}.from_stakeholder_id`, 'a stakeholder');
    need(sets.stakeholders.has(e.to_stakeholder_id), `influence_edges.${i}.to_stakeholder_id`, 'a stakeholder');
  });
  doc.assessments.forEach((a, i) => {
    need(sets.stakeholders.has(a.stakeholder_id), `assessments.${i}.stakeholder_id`, 'a stakeholder');
    if (a.entry_id !== null) need(sets.entries.has(a.entry_id), `assessments.${i}.entry_id`, 'an entry');
  });
  doc.dilemmas.forEach((d, i) => {
    d.options.forEach((o, j) =>
      o.effects.forEach((e, k) => need(sets.stakeholders.has(e.stakeholderId), `dilemmas.${i}.options.${j}.effects.${k}.stakeholderId`, 'a stakeholder')),
    );
    if (d.decision === null) return;
    need(d.options.some((o) => o.id === d.decision!.optionId), `dilemmas.${i}.decision.optionId`, 'an option');
    d.decision.bookedEntries.forEach((e, j) => need(sets.entries.has(e), `dilemmas.${i}.decision.bookedEntries.${j}`, 'an entry'));
    d.decision.expected.forEach((e, j) => need(sets.accounts.has(e.accountId), `dilemmas.${i}.decision.expected.${j}.accountId`, 'an account'));
  });
  doc.breaches.forEach((b, i) => {
    need(sets.relations.has(b.relation_id), `breaches.${i}.relation_id`, 'a relation');
    person(b.created_by, `breaches.${i}.created_by`);
  });
  doc.breach_entries.forEach((l, i) => {
    need(sets.breaches.has(l.breach_id), `breach_entries.${i}.breach_id`, 'a breach');
    need(sets.entries.has(l.entry_id), `breach_entries.${i}.entry_id`, 'an entry');
  });
  doc.audit_log.forEach((a, i) => person(a.actor_user_id, `audit_log.${i}.actor_user_id`));
  doc.memberships.forEach((m, i) => person(m.user_id, `memberships.${i}.user_id`));
  return issues;
}

/**
 * The running sums in the document equal the sums rebuilt from its entries under their parameter
 * version (within rounding: the stored sums were added up entry by entry, in recording order).
 * They are imported as they are, so every figure read from them is the same to the last bit.
 */
function checkSums(doc: ExportDocument): FieldIssue[] {
  const parametersOf = new Map<number, Parameters>(
    doc.parameter_versions.map((v) => [v.version, { ...DEFAULT_PARAMETERS, ...v.parameters }]),
  );
  const ledger = doc.entries.map((e) => ({ ...e, reverses: e.reverses_entry_id, accountId: e.account_id, occurredOn: e.occurred_on }));
  const effective = effectiveEntries(ledger);
  const newest = Math.max(...parametersOf.keys());
  const versions = new Set([newest, ...doc.account_sums.map((s) => s.parameter_version)]);
  const issues: FieldIssue[] = [];
  for (const version of versions) {
    const parameters = parametersOf.get(version);
    if (!parameters) continue;
    const rebuilt = new Map<string, { sum: number; magnitude: number; effectiveLatest: string; anyLatest: string }>();
    const bucket = (e: (typeof ledger)[number]) => {
      const c = scaledContribution(e, parameters);
      const key = `${e.account_id}/${c.foundation}/${c.sign}`;
      const current = rebuilt.get(key) ?? { sum: 0, magnitude: 0, effectiveLatest: '', anyLatest: '' };
      rebuilt.set(key, current);
      return { c, current };
    };
    for (const e of effective) {
      const { c, current } = bucket(e);
      current.sum += c.scaledWeight;
      current.magnitude += Math.abs(c.scaledWeight);
      if (c.occurredOn > current.effectiveLatest) current.effectiveLatest = c.occurredOn;
    }
    // A reversed entry's date stays in its sum's newest date, added before it was taken out.
    for (const e of ledger) if (e.reverses === null) {
      const { c, current } = bucket(e);
      if (c.occurredOn > current.anyLatest) current.anyLatest = c.occurredOn;
    }
    const stored = new Set<string>();
    doc.account_sums.forEach((s, i) => {
      if (s.parameter_version !== version) return;
      const key = `${s.account_id}/${s.foundation}/${s.sign}`;
      stored.add(key);
      const expected = rebuilt.get(key) ?? { sum: 0, magnitude: 0, effectiveLatest: '', anyLatest: '' };
      if (Math.abs(s.scaled_sum - expected.sum) > SUM_TOLERANCE * Math.max(1, expected.magnitude)) {
        issues.push({ field: `account_sums.${i}.scaled_sum`, message: `is ${s.scaled_sum}, but the entries add up to ${expected.sum}` });
      }
      if (s.latest_occurred_on < expected.effectiveLatest || (expected.anyLatest !== '' && s.latest_occurred_on > expected.anyLatest)) {
        issues.push({ field: `account_sums.${i}.latest_occurred_on`, message: 'does not match the dates of the entries in this sum' });
      }
    });
    if (version === newest) {
      for (const [key, expected] of rebuilt) {
        if (!stored.has(key) && expected.magnitude > 0) issues.push({ field: 'account_sums', message: `lack the sum of ${key} under version ${version}` });
      }
    }
  }
  return issues;
}

function toStoredRow(table: TableName, row: object): StoredRow {
  const stored: StoredRow = { ...row };
  for (const column of JSON_COLUMNS[table]) {
    const value = stored[column];
    stored[column] = value === null ? null : JSON.stringify(value);
  }
  return stored;
}

/** Originals before the entries that reverse them, as the foreign key on `reverses_entry_id` needs. */
function originalsFirst(entries: ExportDocument['entries']): ExportDocument['entries'] {
  return [...entries.filter((e) => e.reverses_entry_id === null), ...entries.filter((e) => e.reverses_entry_id !== null)];
}

/**
 * Creates an organisation from a JSON export (docs/exchange-json.md), all or nothing. Every record
 * is validated and every reference checked before anything is written; ids are kept, so the
 * links between records hold as they were and the running sums are imported as they were, after
 * a check against the entries. People are matched to users of this server by id, then by email;
 * a person this server does not know is left out, and the records that named them name no one.
 */
export async function importOrganisation(ctx: AppContext, input: unknown, options: ImportOptions = {}): Promise<OrganisationRecord> {
  checkHead(input);
  const parsed = ExportDocumentSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesOf(parsed.error));
  const doc = parsed.data;
  const issues = checkReferences(doc);
  if (issues.length > 0) throw new ValidationError(issues);
  const sumIssues = checkSums(doc);
  if (sumIssues.length > 0) throw new ValidationError(sumIssues);
  if (await findOrganisation(ctx.store.db, doc.organisation.id)) {
    throw new ConflictError(`organisation ${doc.organisation.id} is already in this database; an export moves or restores an organisation, it does not copy one`);
  }

  const known = await existingUsers(ctx.store.db, doc.people.map((p) => p.id), doc.people.map((p) => normaliseEmail(p.email)));
  const userIdOf = new Map<string, string>();
  for (const p of doc.people) {
    const target = known.ids.has(p.id) ? p.id : known.idByEmail.get(normaliseEmail(p.email));
    if (target !== undefined) userIdOf.set(p.id, target);
  }
  const user = (id: unknown) => (typeof id === 'string' ? (userIdOf.get(id) ?? null) : null);
  const rowsOf = (table: TableName): StoredRow[] => {
    const rows = (table === 'entries' ? originalsFirst(doc.entries) : doc[table]) as readonly object[];
    return rows.map((row) => {
      const stored = toStoredRow(table, row);
      if (table === 'relations') stored.owner_user_id = user(stored.owner_user_id);
      if (table === 'entries') stored.author_user_id = user(stored.author_user_id);
      if (table === 'breaches') stored.created_by = user(stored.created_by);
      // API tokens do not travel (their secrets stay behind), so no record can name one.
      if (table === 'audit_log') Object.assign(stored, { actor_user_id: user(stored.actor_user_id), actor_token_id: null });
      return stored;
    });
  };

  const organisation: OrganisationRecord = {
    id: doc.organisation.id,
    name: doc.organisation.name,
    createdAt: doc.organisation.created_at,
    timeZone: doc.organisation.time_zone,
  };
  try {
    await ctx.store.db.transaction().execute(async (trx) => {
      await insertOrganisation(trx, organisation);
      for (const table of TABLES_IN_ORDER) await insertOrganisationRows(trx, table, organisation.id, rowsOf(table));
      const now = ctx.now().toISOString();
      if (options.ownerUserId === undefined) {
        for (const m of doc.memberships) {
          const target = userIdOf.get(m.user_id);
          if (target !== undefined) await insertMembership(trx, organisation.id, target, m.role, m.created_at);
        }
      } else {
        await insertMembership(trx, organisation.id, options.ownerUserId, 'owner', now);
      }
      await audit(ctx, trx, organisation.id, {
        action: 'import.json',
        objectType: 'organisation',
        objectId: organisation.id,
        details: { exportedAt: doc.exportedAt, entries: doc.entries.length, peopleLeftOut: doc.people.length - userIdOf.size },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('records of this export are already in this database; an export moves or restores an organisation, it does not copy one');
    throw error;
  }
  return organisation;
}
