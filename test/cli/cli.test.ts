import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/app/context.ts';
import { resetPassword } from '../../src/app/password-reset.ts';
import { submitScanResponse } from '../../src/app/scan-invitations.ts';
import { signIn } from '../../src/app/sign-in.ts';
import { standardInstrument } from '../../src/domain/survey-instrument.ts';
import { openStore } from '../../src/store/connect.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'trust-ledger-cli-'));
const env = { ...process.env, TRUST_LEDGER_DATA_DIR: dataDir, DATABASE_URL: '', TRUST_LEDGER_ORGANISATION: '' };

/** Runs the real `trust-ledger` command against a fresh SQLite data directory. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/trust-ledger.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the trust-ledger command', () => {
  it('creates an organisation, a stakeholder, records entries and prints balances', async () => {
    expect((await cli('balance')).stderr).toMatch(/no organisation yet.*trust-ledger init/i);
    const init = await cli('init', '--name', 'Brouwerij De Klok');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Created organisation "Brouwerij De Klok"');
    const added = await cli('stakeholder', 'Hotel Zeezicht', '--category', 'customers', '--level', 'market', '--importance', '4');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('maintained every 90 days');
    const deposit = await cli('add', 'zeezicht', '--direction', 'received', '--foundation', 'competence', '--amount', '3', '--note', 'Spoedlevering');
    expect(deposit.code).toBe(0);
    expect(deposit.stdout).toContain('Trust level now 80 (trust)');
    const withdrawal = await cli('add', 'Hotel Zeezicht', '-d', 'received', '-f', 'honesty', '--amount=-1', '--intent', 'unknown');
    expect(withdrawal.code).toBe(0);

    const table = await cli('balance', '--direction', 'received');
    expect(table.stdout).toMatch(/Hotel Zeezicht\s+market\s+received\s+55\s+neutral\s+\+0\.8/);

    const json = JSON.parse((await cli('balance', '--json')).stdout) as {
      accounts: { direction: string; trustLevel: number; r: number; s: number; legs: Record<string, { r: number }> }[];
    };
    const received = json.accounts.find((a) => a.direction === 'received')!;
    // r = 3, s = 1 · 2.25: T = (3 + 1) / (3 + 2.25 + 2)
    expect(received.trustLevel).toBeCloseTo((400 / 7.25), 9);
    expect(received.legs.professional!.r).toBeCloseTo(3, 9);
    expect(json.accounts.find((a) => a.direction === 'given')!.trustLevel).toBe(50);
  });

  it('refuses bad input with a message and a non-zero exit, writing nothing', async () => {
    const cases = [
      [['add', 'Zeezicht', '-d', 'received', '-f', 'honesty', '--amount', '0'], /amount must be a whole number from -5/],
      [['add', 'Zeezicht', '-d', 'received', '-f', 'honesty', '--amount', '2', '--date', '2999-01-01'], /occurredOn must not be after today/],
      [['add', 'Zeezicht', '-d', 'received', '-f', 'honesty', '--amount=-2'], /intent is required for a withdrawal/],
      [['add', 'Zeezicht', '-d', 'received', '-f', 'loyalty', '--amount', '2'], /argument 'loyalty' is invalid/],
      [['add', 'Nobody', '-d', 'received', '-f', 'honesty', '--amount', '2'], /No stakeholder matches "Nobody"/],
      [['add', 'Zeezicht', '-d', 'received', '-f', 'honesty', '--amount', 'two'], /--amount must be a whole number/],
      [['balance', '--as-of', 'tomorrow'], /asOf must be a date/],
      [['stakeholder', 'Drukkerij Punt', '-c', 'suppliers', '-l', 'market', '--cadence', '0'], /cadenceDays must be a whole number of days from 1 to 3650/],
    ] as const;
    for (const [args, message] of cases) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(message);
    }
    const json = JSON.parse((await cli('balance', '--json', '--direction', 'received')).stdout) as { accounts: { r: number }[] };
    expect(json.accounts[0]!.r).toBeCloseTo(3, 9);
  });

  it('reads the model: signals, phase with override, trend and parameter versions', async () => {
    expect((await cli('demo')).code).toBe(0);
    const demo = ['--organisation', 'Meubelmakerij Lindenhof'];
    const monthly = await cli('stakeholder', 'Drukkerij Punt', '--category', 'suppliers', '--level', 'organisational', '--cadence', '30', ...demo);
    expect(monthly.stdout).toContain('maintained every 30 days');
    const inbox = JSON.parse((await cli('signals', '--json', ...demo)).stdout) as { items: { kind: string; key: string }[] };
    const incidents = inbox.items.find((s) => s.kind === 'small_incidents')!;
    expect(incidents).toBeDefined();
    expect((await cli('acknowledge', incidents.key, '--note', 'Besproken', ...demo)).code).toBe(0);
    const after = JSON.parse((await cli('signals', '--json', ...demo)).stdout) as { items: { key: string }[] };
    expect(after.items.map((s) => s.key)).not.toContain(incidents.key);

    const overridden = await cli('phase', 'Zagerij', '--set', 'value_based', '--reason', 'Jarenlange samenwerking', ...demo);
    expect(overridden.stdout).toMatch(/value_based \(scope relationship, override\)/);
    expect(overridden.stdout).toMatch(/Inferred: (calculative|cognitive|value_based)/);
    expect((await cli('phase', 'Zagerij', '--set', 'cognitive', ...demo)).stderr).toMatch(/--reason/);

    const account = await cli('account', 'Syndicale', '--lang', 'nl', ...demo);
    expect(account.stdout).toMatch(/Trust level\s+\d+ \(distrust\)/);
    expect(account.stdout).toMatch(/contractual leg weak:/);

    // The groups: every received account once in the organisation's total, by level and by category.
    const groups = JSON.parse((await cli('overview', '--json', '--direction', 'received', ...demo)).stdout) as {
      relations: number;
      received: { total: { accounts: number }; byLevel: Record<string, { accounts: number }>; byCategory: Record<string, { accounts: number }> };
    };
    const count = (g: Record<string, { accounts: number }>) => Object.values(g).reduce((sum, f) => sum + f.accounts, 0);
    expect(groups.received.total.accounts).toBe(groups.relations);
    expect(count(groups.received.byLevel)).toBe(groups.relations);
    expect(count(groups.received.byCategory)).toBe(groups.relations);

    const trend = await cli('trend', 'Hotelgroep', '--from', '2026-01-01', ...demo);
    expect(trend.stdout).toMatch(/2026-01-31\s+\d+/);

    expect((await cli('params', '--set', 'withdrawalWeight=99', '--note', 'too much', ...demo)).stderr).toMatch(/withdrawalWeight must be a number from 1 to 10/);
    expect((await cli('params', '--set', 'withdrawalWeight=2.5', '--note', 'Iets milder', ...demo)).stdout).toContain('version 2');
    expect((await cli('params', ...demo)).stdout).toMatch(/withdrawalWeight = 2\.5[\s\S]*v2 .* Iets milder/);

    // Any figure as of a date under a named version, and every reading says which version it used.
    expect((await cli('signals', ...demo)).stdout).toMatch(/signals as of \d{4}-\d\d-\d\d \(parameters v2\)/);
    const under1 = JSON.parse((await cli('signals', '--json', '--parameter-version', '1', '--as-of', '2026-01-31', ...demo)).stdout) as { asOf: string; parameterVersion: number };
    expect(under1).toMatchObject({ asOf: '2026-01-31', parameterVersion: 1 });
    expect((await cli('balance', '--parameter-version', '1', '--as-of', '2026-01-31', ...demo)).stdout).toContain('as of 2026-01-31 (parameters v1)');
    expect((await cli('account', 'Syndicale', '--parameter-version', '1', ...demo)).stdout).toMatch(/\(parameters v1\)/);
    expect((await cli('trend', 'Hotelgroep', '--from', '2026-01-01', '--parameter-version', '1', ...demo)).stdout).toMatch(/\(parameters v1\)/);
    expect((await cli('overview', '--parameter-version', '1', ...demo)).stdout).toMatch(/overview as of .* \(parameters v1\)[\s\S]*organisation\s+\d+\s+\d+[\s\S]*level: market[\s\S]*category: customers[\s\S]*Leadership profile/);
    expect((await cli('balance', '--parameter-version', '9', ...demo)).stderr).toMatch(/parameter version/i);
    expect((await cli('balance', '--parameter-version', 'one', ...demo)).stderr).toMatch(/--parameter-version must be a whole number/);
  });

  it('runs a trust scan: create, open, links as CSV, close, results, book and unbook', async () => {
    const demo = ['--organisation', 'Meubelmakerij Lindenhof'];
    if ((await cli('scan', 'list', ...demo)).code !== 0) expect((await cli('demo')).code).toBe(0);
    expect((await cli('scan', 'create', '--title', 'Klanten CLI', '--kind', 'received', ...demo)).stderr).toMatch(/exactly one of --stakeholder/);
    const created = await cli('scan', 'create', '--title', 'Klanten CLI', '--kind', 'received', '--stakeholder', 'Hotelgroep', '--min-responses', '3', ...demo);
    expect(created.code).toBe(0);
    expect((await cli('scan', 'open', 'Klanten CLI', ...demo)).stdout).toMatch(/is open until/);
    const links = await cli('scan', 'links', 'Klanten CLI', '--count', '3', '--base-url', 'https://trust.example/', ...demo);
    const lines = links.stdout.trim().split('\n');
    expect(lines[0]).toBe('link,segment');
    expect(lines.slice(1)).toHaveLength(3);
    expect(lines[1]).toMatch(/^https:\/\/trust\.example\/respond\/[\w-]{43},$/);
    expect(links.stderr).toMatch(/shown only now/);

    const store = openStore({ kind: 'sqlite', file: join(dataDir, 'trust-ledger.sqlite') });
    try {
      const ctx = createContext(store);
      const statements = standardInstrument('received').statements;
      for (const [i, line] of lines.slice(1).entries()) {
        const token = line.split('/respond/')[1]!.replace(/,$/, '');
        await submitScanResponse(ctx, token, { answers: Object.fromEntries(statements.map((st) => [st.id, i === 0 ? 2 : 5])) });
      }
    } finally {
      await store.db.destroy();
    }
    expect((await cli('scan', 'results', 'Klanten CLI', ...demo)).stderr).toMatch(/results are shown once it has closed/);
    expect((await cli('scan', 'close', 'Klanten CLI', ...demo)).stdout).toMatch(/closed with 3 response/);
    const results = await cli('scan', 'results', 'Klanten CLI', ...demo);
    expect(results.stdout).toMatch(/honesty\s+4\.00\s+67%\s+6\s+0 2 0 0 4/);
    expect(results.stdout).toMatch(/Trust measured \d+ \(trust\) · observed in the ledger \d+/);
    expect((await cli('scan', 'book', 'Klanten CLI', ...demo)).stdout).toMatch(/Booked "Klanten CLI": 9 survey entries/);
    expect((await cli('scan', 'unbook', 'Klanten CLI', ...demo)).stdout).toMatch(/entries are reversed/);
    expect((await cli('scan', 'list', ...demo)).stdout).toMatch(/Klanten CLI\s+received\s+closed/);
  });

  it('issues a password reset link for an account, once, and refuses an unknown email', async () => {
    expect((await cli('init', '--name', 'Bakkerij Piet', '--owner-email', 'piet@bakkerij.test', '--owner-name', 'Piet Peeters')).code).toBe(0);
    const first = await cli('user', 'reset-password', 'Piet@Bakkerij.test', '--base-url', 'https://trust.example/');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Piet Peeters <piet@bakkerij\.test>, valid for 24 hours/);
    const link = first.stdout.match(/^https:\/\/trust\.example\/reset\/([\w-]{43})$/m);
    expect(link).not.toBeNull();
    // A second link voids the first, which was never used.
    const second = await cli('user', 'reset-password', 'piet@bakkerij.test', '--base-url', 'https://trust.example');
    expect(second.stdout).toMatch(/1 earlier link\(s\) for this account no longer work/);
    const token = second.stdout.match(/\/reset\/([\w-]{43})$/m)![1]!;

    const store = openStore({ kind: 'sqlite', file: join(dataDir, 'trust-ledger.sqlite') });
    try {
      const ctx = createContext(store);
      await expect(resetPassword(ctx, { token: link![1]!, newPassword: 'bread before dawn' })).rejects.toThrow(/does not work/);
      await resetPassword(ctx, { token, newPassword: 'bread before dawn' });
      expect((await signIn(ctx, { email: 'piet@bakkerij.test', password: 'bread before dawn' })).user.displayName).toBe('Piet Peeters');
      const before = await store.db.selectFrom('password_resets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();

      const unknown = await cli('user', 'reset-password', 'nobody@bakkerij.test');
      expect(unknown.code).not.toBe(0);
      expect(unknown.stderr).toMatch(/No account has the email address "nobody@bakkerij\.test".*Nothing was issued/);
      expect(unknown.stdout).not.toMatch(/reset/);
      expect(await store.db.selectFrom('password_resets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).toEqual(before);
    } finally {
      await store.db.destroy();
    }
  });

  it('creates an organisation with its owner, who can sign in with the password shown once', async () => {
    const init = await cli('init', '--name', 'Brouwerij Het Anker', '--owner-email', 'Els@Anker.test', '--owner-name', 'Els Wouters');
    expect(init.code).toBe(0);
    const password = init.stdout.match(/Owner els@anker\.test can sign in with the password: (\S+)/i)?.[1];
    expect(password).toBeDefined();
    const store = openStore({ kind: 'sqlite', file: join(dataDir, 'trust-ledger.sqlite') });
    try {
      const signedIn = await signIn(createContext(store), { email: 'els@anker.test', password: password! });
      expect(signedIn.user.displayName).toBe('Els Wouters');
      expect(signedIn.memberships).toMatchObject([{ role: 'owner' }]);
    } finally {
      await store.db.destroy();
    }
  });
});
