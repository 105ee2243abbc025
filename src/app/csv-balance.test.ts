import { describe, expect, it } from 'vitest';
import { readAccount } from '../domain/account-reading.ts';
import { deposit, withdrawal } from '../domain/arbitraries.ts';
import { evidenceByFoundation } from '../domain/evidence.ts';
import { DEFAULT_PARAMETERS } from '../domain/parameters.ts';
import { balanceFromCsv } from './csv-balance.ts';
import { ValidationError } from './errors.ts';

const P = DEFAULT_PARAMETERS;
const AS_OF = '2026-06-30';

async function* chunks(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  // Small chunks, so lines and characters are split across them as a real stream splits them.
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const ENTRIES = [
  'stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses',
  'zeezicht,received,2025-06-01,competence,3,,Rush order,,,',
  'zeezicht,received,2025-09-12,honesty,-2,intentional,,,,',
  'zeezicht,given,2026-01-02,fairness,4,,,,e3,',
  'zeezicht,given,2026-01-02,fairness,-4,,Wrong account,,,e3',
  'peeters,received,2026-07-15,result,5,,after the reading date,,,',
].join('\n');

const STAKEHOLDERS = 'key,name,category,level\nzeezicht,Hotel Zeezicht,customers,market\npeeters,Zagerij Peeters,suppliers,market\n';

describe('every account from CSV files, without a database', () => {
  it('gives each account the figures of the batch form, with reversals dropped and later entries left out', async () => {
    const { accounts, figures } = await balanceFromCsv({ entries: chunks(ENTRIES) }, AS_OF, P);
    expect(accounts).toEqual([
      { stakeholder: 'zeezicht', direction: 'received' },
      { stakeholder: 'zeezicht', direction: 'given' },
      { stakeholder: 'peeters', direction: 'received' },
    ]);
    const received = readAccount(evidenceByFoundation([deposit('a', '2025-06-01', 'competence', 3), withdrawal('b', '2025-09-12', 'honesty', 2, 'intentional')], AS_OF, P), AS_OF, P, 0.5);
    expect(figures.r[0]).toBeCloseTo(received.r, 9);
    expect(figures.s[0]).toBeCloseTo(received.s, 9);
    expect(figures.trustLevel[0]).toBeCloseTo(received.trustLevel, 9);
    expect(figures.trustLevel[1]).toBeCloseTo(50, 9);
    expect(figures.r[2]).toBe(0);
  });

  it('reads quoted values, `;`, CRLF and a byte order mark the same as plain lines', async () => {
    const plain = await balanceFromCsv({ entries: chunks(ENTRIES) }, AS_OF, P);
    const quoted = ENTRIES.split('\n').map((line, i) => (i === 2 ? line.replace(',,,,', ',"a note; with, separators\nand a line break",,,') : line)).join('\n');
    const semicolons = `\uFEFF${quoted.replaceAll(',', ';').replace('a note; with; separators', 'a note, with; separators')}`.replaceAll('\n', '\r\n');
    for (const text of [quoted, semicolons]) {
      const other = await balanceFromCsv({ entries: chunks(text) }, AS_OF, P);
      expect(other.accounts).toEqual(plain.accounts);
      expect([...other.figures.trustLevel]).toEqual([...plain.figures.trustLevel]);
    }
  });

  it('uses the base rate of each stakeholder category and refuses stakeholders stakeholders.csv does not list', async () => {
    const parameters = { ...P, baseRateByCategory: { suppliers: 0.3 } };
    const { figures } = await balanceFromCsv({ entries: chunks(ENTRIES), stakeholders: chunks(STAKEHOLDERS) }, AS_OF, parameters);
    expect(figures.trustLevel[2]).toBeCloseTo(30, 9);
    const missing = balanceFromCsv({ entries: chunks(`${ENTRIES}\nnobody,received,2026-01-01,result,1,,,,,`), stakeholders: chunks(STAKEHOLDERS) }, AS_OF, P);
    await expect(missing).rejects.toThrow(ValidationError);
  });

  it.each([
    ['an amount of 7', 'zeezicht,received,2026-01-01,result,7,,,,,', 'entries.csv:3:amount'],
    ['a date that is not one', 'zeezicht,received,14/03/2026,result,1,,,,,', 'entries.csv:3:occurred_on'],
    ['an unknown foundation', 'zeezicht,received,2026-01-01,luck,1,,,,,', 'entries.csv:3:foundation'],
    ['a withdrawal without intent', 'zeezicht,received,2026-01-01,result,-1,,,,,', 'entries.csv:3:intent'],
    ['a reversal of no earlier line', 'zeezicht,received,2026-01-01,result,-1,,,,,e9', 'entries.csv:3:reverses'],
  ])('refuses %s, naming the line and column', async (_, line, field) => {
    const text = `${ENTRIES.split('\n').slice(0, 2).join('\n')}\n${line}\n`;
    const error = await balanceFromCsv({ entries: chunks(text) }, AS_OF, P).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]!.field).toBe(field);
  });
});
