import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext, type AppContext } from './context.ts';
import { ConflictError, ValidationError } from './errors.ts';
import { exportOrganisation } from './organisation-export.ts';
import type { ExportDocument } from './organisation-export-format.ts';
import { importOrganisation } from './organisation-import.ts';
import { createOrganisation } from './organisations.ts';
import { recordEntries, reverseEntry } from './record-entries.ts';
import { createUser } from './setup.ts';
import { addStakeholder } from './stakeholders.ts';

const clock = () => new Date('2026-03-01T09:00:00Z');

/** A small organisation with a reversal and an author, exported through JSON text. */
async function smallExport(): Promise<ExportDocument> {
  const source = await openTestStore('sqlite');
  try {
    const ctx = createContext(source.store, clock);
    const author = await createUser(ctx, { email: 'anna@example.org', displayName: 'Anna', password: 'a long enough password' });
    const organisation = await createOrganisation(ctx, { name: 'Bakkerij Peeters', ownerUserId: author.id });
    const acting = { ...ctx, actor: { userId: author.id, tokenId: null } };
    const { relation } = await addStakeholder(acting, organisation.id, { name: 'Molen De Hoop', category: 'suppliers', level: 'market', relation: { startedOn: '2025-01-01' } });
    const [, wrong] = await recordEntries(acting, organisation.id, [
      { accountId: relation!.accounts.given, occurredOn: '2025-06-01', foundation: 'result', amount: 3 },
      { accountId: relation!.accounts.given, occurredOn: '2025-07-01', foundation: 'honesty', amount: -2, intent: 'intentional' },
    ]);
    await reverseEntry(acting, organisation.id, wrong!.id, { reason: 'wrong supplier' });
    return JSON.parse(JSON.stringify(await exportOrganisation(ctx, organisation.id))) as ExportDocument;
  } finally {
    await source.close();
  }
}

function issuesOf(error: unknown): string[] {
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map((i) => `${i.field}: ${i.message}`);
}

describe.each(DIALECTS)('importing a JSON export on %s', (dialect) => {
  let valid: ExportDocument;
  let target: TestStore;
  let ctx: AppContext;

  beforeAll(async () => {
    valid = await smallExport();
  });
  beforeEach(async () => {
    target = await openTestStore(dialect);
    ctx = createContext(target.store, clock);
    return () => target.close();
  });

  async function refused(doc: unknown): Promise<string[]> {
    const error = await importOrganisation(ctx, doc).then(
      () => null,
      (e: unknown) => e,
    );
    const counts = await Promise.all(
      (['organisations', 'entries', 'stakeholders', 'audit_log', 'memberships'] as const).map(async (table) =>
        Number((await ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
      ),
    );
    expect(counts, 'nothing written').toEqual([0, 0, 0, 0, 0]);
    return issuesOf(error);
  }

  const edit = (change: (doc: ExportDocument) => void): ExportDocument => {
    const copy = structuredClone(valid);
    change(copy);
    return copy;
  };

  it('imports a valid export; people unknown here are left out and the records name no one', async () => {
    const organisation = await importOrganisation(ctx, valid);
    expect(organisation.name).toBe('Bakkerij Peeters');
    const entries = await ctx.store.db.selectFrom('entries').selectAll().orderBy('id').execute();
    expect(entries.map((e) => [e.id, e.reverses_entry_id, e.author_user_id])).toEqual(valid.entries.map((e) => [e.id, e.reverses_entry_id, null]));
    expect(await ctx.store.db.selectFrom('memberships').selectAll().execute()).toEqual([]);
  });

  it('links records to a person this server knows by email, and keeps their membership', async () => {
    const here = await createUser(ctx, { email: 'ANNA@example.org', displayName: 'Anna here', password: 'another long password' });
    await importOrganisation(ctx, valid);
    const authors = await ctx.store.db.selectFrom('entries').select('author_user_id').execute();
    expect(new Set(authors.map((a) => a.author_user_id))).toEqual(new Set([here.id]));
    expect(await ctx.store.db.selectFrom('memberships').select(['user_id', 'role']).execute()).toEqual([{ user_id: here.id, role: 'owner' }]);
  });

  it('makes the importing user the only member when one is named', async () => {
    const importer = await createUser(ctx, { email: 'bert@example.org', displayName: 'Bert', password: 'a third long password' });
    await createUser(ctx, { email: 'anna@example.org', displayName: 'Anna', password: 'another long password' });
    await importOrganisation(ctx, valid, { ownerUserId: importer.id });
    expect(await ctx.store.db.selectFrom('memberships').select(['user_id', 'role']).execute()).toEqual([{ user_id: importer.id, role: 'owner' }]);
  });

  it('refuses a file that is not an export, or of another format version', async () => {
    expect(await refused([1, 2])).toEqual(['(document): must be a JSON object: an organisation exported by Trust Ledger']);
    expect(await refused({ ...valid, format: 'csv' })).toEqual([expect.stringMatching(/^format: must be "trust-ledger-organisation"/)]);
    expect(await refused({ ...valid, formatVersion: 2 })).toEqual(['formatVersion: is 2; this server reads version 1']);
  });

  it('refuses missing and malformed fields, naming each path', async () => {
    const issues = await refused(
      edit((doc) => {
        delete (doc.entries[1] as Partial<ExportDocument['entries'][number]>).foundation;
        doc.entries[0]!.amount = 7;
        doc.stakeholders[0]!.level = 'galactic' as never;
        doc.relations[0]!.started_on = '2025-13-01';
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^entries\.1\.foundation: /),
        'entries.0.amount: must be −5…−1 or 1…5',
        expect.stringMatching(/^stakeholders\.0\.level: /),
        'relations.0.started_on: must be a date as YYYY-MM-DD',
      ]),
    );
  });

  it('refuses a dangling reference, naming it', async () => {
    expect(await refused(edit((doc) => void (doc.entries[2]!.reverses_entry_id = '0190aaaa-0000-7000-8000-000000000000')))).toEqual([
      'entries.2.reverses_entry_id: names an entry that is not in the document',
    ]);
    expect(await refused(edit((doc) => void (doc.accounts[0]!.relation_id = 'nowhere')))).toEqual(['accounts.0.relation_id: names a relation that is not in the document']);
    expect(await refused(edit((doc) => void doc.entries.push({ ...doc.entries[2]!, id: '0190aaaa-0000-7000-8000-000000000001' })))).toEqual([
      'entries.3.reverses_entry_id: names an entry an earlier record reverses already',
    ]);
    expect(await refused(edit((doc) => doc.people.splice(0)))).toEqual(
      expect.arrayContaining(['entries.0.author_user_id: names a person that is not in the document', 'memberships.0.user_id: names a person that is not in the document']),
    );
  });

  it('refuses running sums that do not add up to the entries', async () => {
    const issues = await refused(edit((doc) => void (doc.account_sums[0]!.scaled_sum += 0.5)));
    expect(issues).toEqual([expect.stringMatching(/^account_sums\.0\.scaled_sum: is .*, but the entries add up to /)]);
  });

  it('refuses an organisation already in the database, writing nothing more', async () => {
    await importOrganisation(ctx, valid);
    await expect(importOrganisation(ctx, valid)).rejects.toBeInstanceOf(ConflictError);
    expect((await ctx.store.db.selectFrom('organisations').select('id').execute()).length).toBe(1);
  });
});
