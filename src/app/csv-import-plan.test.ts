import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../test/support/stores.ts';
import type { EntryRecord } from '../store/entries.ts';
import type { StakeholderRecord } from '../store/stakeholders.ts';
import { createContext, type AppContext } from './context.ts';
import { CSV_COLUMNS, planImport, referencedEntryIds, type ExistingRecords } from './csv-import-plan.ts';
import { describeIssue, readCsv, type CsvKind } from './csv-read.ts';

const TODAY = '2026-06-30';
const rowsOf = (kind: CsvKind, text: string) => {
  const table = readCsv(kind, new TextEncoder().encode(text), CSV_COLUMNS[kind]);
  expect(table.issues).toEqual([]);
  return table.rows;
};

const existingStakeholder: StakeholderRecord = {
  id: 'st-1', organisationId: 'org', name: 'Zagerij Peeters', category: 'suppliers', level: 'market',
  importance: 3, influence: 3, interest: 3, vulnerability: 3, tags: [], createdAt: '2025-01-01T00:00:00Z', archivedAt: null,
};
const archived: StakeholderRecord = { ...existingStakeholder, id: 'st-2', name: 'Oud Bedrijf', archivedAt: '2026-01-01T00:00:00Z' };
const ledgerEntry: EntryRecord = {
  id: 'en-1', organisationId: 'org', accountId: 'ac-1r', occurredOn: '2026-01-10', recordedAt: '2026-01-10T00:00:00Z', authorUserId: null,
  foundation: 'honesty', amount: -2, intent: 'unknown', note: '', source: 'manual', reverses: null,
};
const EXISTING: ExistingRecords = {
  stakeholders: [existingStakeholder, archived],
  relations: [
    { id: 're-1', organisationId: 'org', stakeholderId: 'st-1', ownerUserId: null, startedOn: '2025-01-01', scope: 'contract', cadenceDays: 90, createdAt: '' },
    { id: 're-2', organisationId: 'org', stakeholderId: 'st-2', ownerUserId: null, startedOn: '2025-01-01', scope: 'contract', cadenceDays: 90, createdAt: '' },
  ],
  accounts: [
    { id: 'ac-1r', organisationId: 'org', relationId: 're-1', direction: 'received' },
    { id: 'ac-1g', organisationId: 'org', relationId: 're-1', direction: 'given' },
    { id: 'ac-2r', organisationId: 'org', relationId: 're-2', direction: 'received' },
    { id: 'ac-2g', organisationId: 'org', relationId: 're-2', direction: 'given' },
  ],
  entries: new Map([['en-1', { entry: ledgerEntry, reversed: false }]]),
};

const STAKEHOLDERS = 'key,name,category,level,importance,influence,interest,vulnerability,tags\nk1,Hotel Zeezicht,customers,market,4,,,,horeca|kust\n';
const RELATIONS = 'stakeholder,started_on,scope,cadence_days\nk1,2025-03-01,need,60\n';
const ENTRY_HEADER = 'stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses\n';

describe('planning a CSV import', () => {
  let test: TestStore;
  let ctx: AppContext;
  beforeAll(async () => {
    test = await openTestStore('sqlite');
    ctx = createContext(test.store, () => new Date('2026-06-30T09:00:00Z'));
  });
  afterAll(() => test.close());

  const plan = (files: { stakeholders?: string; relations?: string; entries?: string }, existing = EXISTING) =>
    planImport(
      ctx,
      'org',
      {
        stakeholders: files.stakeholders ? rowsOf('stakeholders', files.stakeholders) : [],
        relations: files.relations ? rowsOf('relations', files.relations) : [],
        entries: files.entries ? rowsOf('entries', files.entries) : [],
      },
      existing,
      TODAY,
    );
  const messages = (files: Parameters<typeof plan>[0]) => plan(files).issues.map(describeIssue);

  it('makes new stakeholders with defaults, their relations and entries, and refers to existing ones by id or name', () => {
    const { plan: planned, issues } = plan({
      stakeholders: STAKEHOLDERS,
      relations: RELATIONS,
      entries: `${ENTRY_HEADER}k1,received,2026-05-01,competence,3,,Rush order,,a,\nzagerij peeters,given,2026-05-02,honesty,-2,intentional,,manual,,\nst-1,received,2026-05-03,service,1,,,,,\n`,
    });
    expect(issues).toEqual([]);
    expect(planned.stakeholders).toMatchObject([{ name: 'Hotel Zeezicht', importance: 4, influence: 3, vulnerability: 3, tags: ['horeca', 'kust'] }]);
    expect(planned.relations).toMatchObject([{ stakeholderId: planned.stakeholders[0]!.id, startedOn: '2025-03-01', scope: 'need', cadenceDays: 60 }]);
    expect(planned.entries.map((e) => [e.accountId, e.amount, e.intent, e.source])).toEqual([
      [planned.relations[0]!.accounts.received, 3, null, 'import'],
      ['ac-1g', -2, 'intentional', 'manual'],
      ['ac-1r', 1, null, 'import'],
    ]);
  });

  it('reports every bad value with line, column, expectation and what was found', () => {
    expect(
      messages({
        entries: `${ENTRY_HEADER}Zagerij Peeters,received,2026-02-30,honesty,7,,,,,\nNobody,sideways,2099-01-01,loyalty,-2,,,,,\nZagerij Peeters,received,2026-01-01,honesty,2,unknown,,gift,,\n`,
      }),
    ).toEqual([
      'entries.csv line 2, column "occurred_on": expected a date as YYYY-MM-DD, got "2026-02-30"',
      'entries.csv line 2, column "amount": expected a whole number from −5 to −1 or 1 to 5, got "7"',
      'entries.csv line 3, column "stakeholder": expected a key or name of stakeholders.csv, or the id or name of an existing stakeholder, got "Nobody"',
      'entries.csv line 3, column "direction": expected one of received, given, got "sideways"',
      'entries.csv line 3, column "occurred_on": expected a date not after today (2026-06-30), got "2099-01-01"',
      'entries.csv line 3, column "foundation": expected one of authenticity, honesty, fairness, competence, service, learning, transparency, result, fair_play, got "loyalty"',
      'entries.csv line 3, column "intent": expected one of intentional, unintentional, unknown, got ""',
      'entries.csv line 4, column "intent": expected an empty cell for a deposit, got "unknown"',
      'entries.csv line 4, column "source": expected one of manual, survey, dilemma, repair, import, got "gift"',
    ]);
  });

  it('refuses duplicate keys, names and ids, and stakeholders that exist already', () => {
    expect(
      messages({
        stakeholders: `${STAKEHOLDERS}k1,Other,customers,market,,,,,\nk3,hotel zeezicht,customers,market,,,,,\nst-1,New,customers,market,,,,,\nk5,ZAGERIJ PEETERS,suppliers,market,9,,,,\n`,
      }),
    ).toEqual([
      'stakeholders.csv line 3, column "key": expected a key no other line has, got "k1" (also on line 2)',
      'stakeholders.csv line 4, column "name": expected a name no other line has, got "hotel zeezicht" (also on line 2)',
      'stakeholders.csv line 5, column "key": expected a new stakeholder, got the id of "Zagerij Peeters", which exists already: leave it out of stakeholders.csv and refer to it by id or name',
      'stakeholders.csv line 6, column "importance": expected a whole number from 1 to 5, got "9"',
      'stakeholders.csv line 6, column "name": expected a new stakeholder, got "ZAGERIJ PEETERS", which exists already: leave it out of stakeholders.csv and refer to it by name or id',
    ]);
    expect(messages({ entries: `${ENTRY_HEADER}st-1,received,2026-01-01,honesty,2,,,,x,\nst-1,received,2026-01-02,honesty,2,,,,x,\n` })).toEqual([
      'entries.csv line 3, column "id": expected an id no other line has, got "x" (also on line 2)',
    ]);
  });

  it('needs a relation for entries, one per stakeholder, and refuses archived stakeholders', () => {
    expect(
      messages({
        stakeholders: STAKEHOLDERS,
        relations: `${RELATIONS}k1,2025-03-01,,\nst-1,,,\nk1,,bilateral,0\n`,
        entries: `${ENTRY_HEADER}Oud Bedrijf,received,2026-01-01,honesty,2,,,,,\n`,
      }),
    ).toEqual([
      'relations.csv line 3, column "stakeholder": expected one relation per stakeholder, got a second for "Hotel Zeezicht" (also on line 2)',
      'relations.csv line 4, column "stakeholder": expected a stakeholder without a relation, got "Zagerij Peeters", whose relation exists already',
      'relations.csv line 5, column "scope": expected one of contract, need, relationship, got "bilateral"',
      'relations.csv line 5, column "cadence_days": expected a whole number from 1 to 3650, got "0"',
      'entries.csv line 2, column "stakeholder": expected a stakeholder the organisation follows, got "Oud Bedrijf", which is archived: restore it first',
    ]);
    expect(messages({ stakeholders: STAKEHOLDERS, entries: `${ENTRY_HEADER}k1,received,2026-01-01,honesty,2,,,,,\n` })).toEqual([
      'entries.csv line 2, column "stakeholder": expected a stakeholder with a relation, got "Hotel Zeezicht", which has none: add a line for it to relations.csv',
    ]);
  });

  it('refers to a new stakeholder by its name too, and does not refuse again what refers to a refused line', () => {
    const byName = plan({ stakeholders: STAKEHOLDERS, relations: 'stakeholder\nHOTEL ZEEZICHT\n', entries: `${ENTRY_HEADER}hotel zeezicht,given,2026-05-01,service,2,,,,,\n` });
    expect(byName.issues).toEqual([]);
    expect(byName.plan.entries[0]!.accountId).toBe(byName.plan.relations[0]!.accounts.given);
    expect(
      messages({
        stakeholders: `${STAKEHOLDERS}k2,Brouwer,customers,planet,,,,,\n`,
        relations: `${RELATIONS}k2,,,\n`,
        entries: `${ENTRY_HEADER}k2,given,2026-05-01,service,2,,,,,\nk1,given,2026-05-01,service,2,,,,,\n`,
      }),
    ).toEqual(['stakeholders.csv line 3, column "level": expected one of relational, organisational, market, societal, got "planet"']);
    expect(
      messages({ stakeholders: STAKEHOLDERS, relations: 'stakeholder,cadence_days\nk1,0\n', entries: `${ENTRY_HEADER}k1,given,2026-05-01,service,2,,,,,\n` }),
    ).toEqual(['relations.csv line 2, column "cadence_days": expected a whole number from 1 to 3650, got "0"']);
  });

  it('plans reversals of entries of the file and of the ledger, checking they match what they reverse', () => {
    const entries = `${ENTRY_HEADER}st-1,received,2026-05-01,competence,3,,oops,,a,\nst-1,received,2026-05-01,competence,-3,,wrong customer,import,b,a\n,,,,,,typo,,,en-1\n`;
    expect(referencedEntryIds(rowsOf('entries', entries))).toEqual(['en-1']);
    const { plan: planned, issues } = plan({ entries });
    expect(issues).toEqual([]);
    expect(planned.entries).toHaveLength(1);
    expect(planned.reversals.map((r) => r.reason)).toEqual(['wrong customer', 'typo']);
    expect(planned.reversals[0]!.original).toBe(planned.entries[0]);
    expect(planned.reversals[1]!.original).toBe(ledgerEntry);
    expect(
      messages({
        entries: `${ENTRY_HEADER}st-1,received,2026-05-01,competence,3,,,,a,\nst-1,given,2026-05-01,competence,3,,no,,,a\n,,,,,,again,,,a\n,,,,,,,,,en-1\n,,,,,,what,,,zz\n`,
      }),
    ).toEqual([
      'entries.csv line 3, column "amount": expected "-3" as on the entry it reverses (or an empty cell), got "3"',
      'entries.csv line 3, column "direction": expected "received" as on the entry it reverses (or an empty cell), got "given"',
      'entries.csv line 4, column "reverses": expected an entry not yet reversed, got "a" (reversed on line 3)',
      'entries.csv line 5, column "note": expected a value, got an empty cell',
      'entries.csv line 6, column "reverses": expected the id of an earlier line of entries.csv or of an entry in the ledger, got "zz"',
    ]);
  });
});
