import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { organisationEntries, sumsByAccount } from '../store/entries.ts';
import { currentParameterVersion } from '../store/organisations.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { readAuditLog } from './audit.ts';
import { createContext, type AppContext } from './context.ts';
import { importCsv } from './csv-import.ts';
import { createOrganisation } from './organisations.ts';
import { recordEntries, reverseEntry } from './record-entries.ts';
import { addStakeholder } from './stakeholders.ts';

const NOW = new Date('2026-06-30T09:00:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Notes that JSON must escape and SQL must not mangle on the way into the bulk writes. */
const NOTES = ['She said "no", twice', 'line one\nline two', 'back\\slash and C:\\path', 'émigré ½ 😀 \u2028 tab\there', "it's; ok"];
const csvValue = (text: string) => `"${text.replaceAll('"', '""')}"`;

describe.each(DIALECTS)('a CSV import on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => NOW);
  });
  afterAll(() => test.close());

  /** Every account's running sums by stakeholder name and direction, and its entries' facts. */
  async function ledgerOf(organisationId: string) {
    const db = test.store.db;
    const names = new Map((await listStakeholders(db, organisationId)).map((s) => [s.id, s.name]));
    const relationOf = new Map((await listRelations(db, organisationId)).map((r) => [r.id, names.get(r.stakeholderId)!]));
    const accountName = new Map((await listAccounts(db, organisationId)).map((a) => [a.id, `${relationOf.get(a.relationId)}/${a.direction}`]));
    const { version } = await currentParameterVersion(db, organisationId);
    const sums = [...(await sumsByAccount(db, organisationId, version))].flatMap(([accountId, list]) =>
      list.map((sum) => ({ account: accountName.get(accountId), ...sum })),
    );
    const entries = (await organisationEntries(db, organisationId)).map((e) => [accountName.get(e.accountId), e.occurredOn, e.foundation, e.amount, e.intent, e.note, e.reverses === null]);
    const order = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
    return { sums: sums.sort(order), entries: entries.sort(order) };
  }

  it('gives the running sums, entries and notes that recording the same by hand gives', async () => {
    const imported = await createOrganisation(ctx, { name: 'Imported' });
    const byHand = await createOrganisation(ctx, { name: 'By hand' });
    const lines = [
      ['received', '2025-01-10', 'competence', '3', '', NOTES[0], 'a', ''],
      ['received', '2025-03-01', 'competence', '2', '', NOTES[1], '', ''],
      ['given', '2025-03-01', 'honesty', '-2', 'intentional', NOTES[2], 'b', ''],
      ['given', '2025-04-15', 'honesty', '-1', 'unknown', NOTES[3], '', ''],
      ['received', '2025-05-01', 'fairness', '4', '', NOTES[4], '', ''],
      ['given', '2025-03-01', 'honesty', '2', 'intentional', 'booked twice', '', 'b'],
    ];
    // Each stakeholder's lines in turn; ids of the file are made unique by the stakeholder's key.
    const entriesCsv = `stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses\n${['k1', 'k2']
      .flatMap((key) => lines.map(([direction, on, foundation, amount, intent, note, id, reverses]) =>
        [key, direction, on, foundation, amount, intent, csvValue(note!), '', id && `${key}-${id}`, reverses && `${key}-${reverses}`].join(','),
      ))
      .join('\n')}\n`;
    const summary = await importCsv(ctx, imported.id, {
      stakeholders: bytes('key,name,category,level\nk1,Hotel Zeezicht,customers,market\nk2,Zagerij Peeters,suppliers,market\n'),
      relations: bytes('stakeholder,started_on\nk1,2024-01-01\nk2,2024-01-01\n'),
      entries: bytes(entriesCsv),
    });
    expect(summary).toEqual({ dryRun: false, stakeholders: 2, relations: 2, entries: 10, reversals: 2 });

    for (const name of ['Hotel Zeezicht', 'Zagerij Peeters']) {
      const stakeholder = await addStakeholder(ctx, byHand.id, { name, category: 'customers', level: 'market', relation: { startedOn: '2024-01-01' } });
      const accounts = stakeholder.relation!.accounts;
      const recorded = await recordEntries(
        ctx,
        byHand.id,
        lines.slice(0, 5).map(([direction, occurredOn, foundation, amount, intent, note]) => ({
          accountId: accounts[direction as 'received' | 'given'],
          occurredOn,
          foundation: foundation as 'competence',
          amount: Number(amount),
          intent: intent === '' ? null : (intent as 'intentional'),
          note,
          source: 'import' as const,
        })),
      );
      await reverseEntry(ctx, byHand.id, recorded[2]!.id, { reason: 'booked twice' });
    }

    const fromImport = await ledgerOf(imported.id);
    const fromHand = await ledgerOf(byHand.id);
    expect(fromImport.entries).toEqual(fromHand.entries);
    const key = (sum: (typeof fromImport.sums)[number]) => [sum.account, sum.foundation, sum.sign, sum.latestOccurredOn];
    expect(fromImport.sums.map(key)).toEqual(fromHand.sums.map(key));
    // Added up in another order, a sum may differ in its last bits.
    fromImport.sums.forEach((sum, i) => expect(Math.abs(sum.scaledSum - fromHand.sums[i]!.scaledSum)).toBeLessThanOrEqual(1e-12 * Math.abs(sum.scaledSum)));
    expect(fromImport.entries.map((e) => e[5])).toEqual(expect.arrayContaining(NOTES));

    const actions = (await readAuditLog(ctx, imported.id, { limit: 100 })).items.map((r) => r.action);
    expect(actions.filter((a) => a === 'entry.reverse')).toHaveLength(2);
    expect(actions.filter((a) => a === 'stakeholder.create')).toHaveLength(2);
    expect(actions.filter((a) => a === 'relation.create')).toHaveLength(2);
    expect(actions[0]).toBe('import.csv');
  });
});
