import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalAccount, stakeholderSegments } from '../domain/journal-format.ts';
import { undecayedByFoundation } from '../domain/undecayed-sums.ts';
import { accountEntries } from '../store/entries.ts';
import { currentParameterVersion } from '../store/organisations.ts';
import { listAccounts, listRelations } from '../store/relations.ts';
import { listStakeholders } from '../store/stakeholders.ts';
import { openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext, type AppContext } from './context.ts';
import { loadDemo } from './demo/load-demo.ts';
import { exportJournal } from './journal-export.ts';
import { changeParameters } from './parameters.ts';

const TODAY = '2026-06-30';

/** The plain-text accounting programs this machine has; a missing one is said out loud. */
const PROGRAMS = (['ledger', 'hledger'] as const).filter((program) => {
  const present = spawnSync(program, ['--version']).status === 0;
  if (!present) console.warn(`[tests] ${program} is not installed: the journal is not checked by it (CI installs Debian's ${program}).`);
  return present;
});

/** The product's undecayed sum of every trust account and foundation, by journal account name; zeros left out. */
async function productSums(ctx: AppContext, organisationId: string): Promise<Map<string, number>> {
  const db = ctx.store.db;
  const { parameters } = await currentParameterVersion(db, organisationId);
  const segments = stakeholderSegments(await listStakeholders(db, organisationId));
  const stakeholderOf = new Map((await listRelations(db, organisationId)).map((r) => [r.id, r.stakeholderId]));
  const sums = new Map<string, number>();
  for (const account of await listAccounts(db, organisationId)) {
    const segment = segments.get(stakeholderOf.get(account.relationId)!)!;
    for (const [foundation, sum] of undecayedByFoundation(await accountEntries(db, organisationId, account.id), parameters)) {
      if (Math.abs(sum) > 1e-9) sums.set(journalAccount(segment, account.direction, foundation), sum);
    }
  }
  return sums;
}

/** `balance --flat --no-total` as the program prints it: the trust accounts and their TU. */
function programBalances(program: string, file: string): Map<string, number> {
  const run = spawnSync(program, ['-f', file, 'balance', '--flat', '--no-total'], { encoding: 'utf8' });
  expect(run.stderr, `${program} complained`).toBe('');
  expect(run.status).toBe(0);
  const balances = new Map<string, number>();
  for (const line of run.stdout.split('\n')) {
    const match = /^\s*(-?[\d,]*\.?\d+) TU\s+(trust:.+?)\s*$/.exec(line);
    if (match) balances.set(match[2]!, Number(match[1]!.replaceAll(',', '')));
  }
  return balances;
}

describe('the journal of the demo organisation', () => {
  let test: TestStore;
  let ctx: AppContext;
  let organisationId: string;
  let dir: string;
  let file: string;
  let journal: string;

  beforeAll(async () => {
    test = await openTestStore('sqlite');
    ctx = createContext(test.store, () => new Date(`${TODAY}T10:00:00Z`));
    organisationId = (await loadDemo(ctx, { today: TODAY })).id;
    // A withdrawal weight with decimals, so rounding in the journal would show.
    await changeParameters(ctx, organisationId, { changes: { withdrawalWeight: 2.3, intentionalFactor: 1.7 }, note: 'Decimals' });
    journal = await exportJournal(ctx, organisationId);
    dir = mkdtempSync(join(tmpdir(), 'trust-journal-'));
    file = join(dir, 'trust.journal');
    writeFileSync(file, journal);
  }, 120_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await test.close();
  });

  it('has one transaction per entry, headed by the organisation and parameter version', async () => {
    const entries = await ctx.store.db.selectFrom('entries').select('id').execute();
    expect(journal.match(/^\d{4}-\d{2}-\d{2} \* /gm)).toHaveLength(entries.length);
    expect(journal).toMatch(/^; Trust Ledger journal of .+\n; Exported .+ under parameter version 2:/);
  });

  it.each(PROGRAMS)('reads in %s with the product’s undecayed sums per account and foundation', async (program) => {
    const expected = await productSums(ctx, organisationId);
    const actual = programBalances(program, file);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [account, sum] of expected) expect(actual.get(account), account).toBeCloseTo(sum, 6);
  });
});
