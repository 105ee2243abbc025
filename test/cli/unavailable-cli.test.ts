import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('the command line without its database', () => {
  it('says the database cannot be reached, without a stack trace, and exits 1', async () => {
    // Nothing listens on port 1: the connection is refused, as while PostgreSQL restarts.
    const env = { ...process.env, DATABASE_URL: 'postgres://trust@127.0.0.1:1/trust', TRUST_LEDGER_ORGANISATION: '' };
    const result = await run(process.execPath, ['bin/trust-ledger.js', 'balance'], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^The database cannot be reached \(.*ECONNREFUSED.*\)\. Is it running, and does DATABASE_URL/);
    expect(result.stderr).not.toMatch(/Unexpected error|\n\s+at /);
  });
});
