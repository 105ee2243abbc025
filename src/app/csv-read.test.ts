import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from './csv-import-plan.ts';
import { describeIssue, detectDelimiter, issueField, parseRecords, readCsv, splitRecords, type RecordVisitor } from './csv-read.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string | Uint8Array) => readCsv('relations', typeof text === 'string' ? bytes(text) : text, CSV_COLUMNS.relations);

describe('reading a CSV file', () => {
  it('reads comma-separated rows by column name, trimmed, with their line numbers', () => {
    const table = read('stakeholder,started_on,scope,cadence_days\r\nA, 2025-01-01 ,need,30\r\n\r\nB,,,\r\n');
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([
      { line: 2, values: { stakeholder: 'A', started_on: '2025-01-01', scope: 'need', cadence_days: '30' } },
      { line: 4, values: { stakeholder: 'B', started_on: '', scope: '', cadence_days: '' } },
    ]);
  });

  it('accepts semicolons, a byte order mark, upper-case names and a column order of its own', () => {
    const table = read('\uFEFFScope;Stakeholder\n"need";"Bakkerij; De Smet"\n');
    expect(table.issues).toEqual([]);
    expect(table.rows).toEqual([{ line: 2, values: { scope: 'need', stakeholder: 'Bakkerij; De Smet' } }]);
  });

  it('numbers a row by the line it starts on when a quoted value spans lines', () => {
    const table = readCsv('entries', bytes('stakeholder,direction,occurred_on,foundation,amount,note\nA,received,2025-01-01,honesty,2,"one\ntwo"\nB,given,2025-01-02,honesty,2,x\n'), CSV_COLUMNS.entries);
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[0]!.values.note).toBe('one\ntwo');
  });

  it('detects the separator from the header line only, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('refuses a file that is not UTF-8, naming the first line with foreign bytes', () => {
    const latin1 = Uint8Array.from([...bytes('stakeholder\nok\nCaf'), 0xe9, ...bytes('\n')]);
    expect(read(latin1).issues).toEqual([{ file: 'relations', line: 3, column: null, message: expect.stringMatching(/^wrong encoding: expected UTF-8/) }]);
  });

  it('refuses an empty file, or one with only a byte order mark and blank lines', () => {
    for (const text of ['', '\uFEFF', '\n \n']) {
      expect(read(text).issues).toEqual([
        { file: 'relations', line: 1, column: null, message: 'the file is empty: expected a header line with the columns stakeholder, started_on, scope, cadence_days' },
      ]);
    }
  });

  it('reports unknown, doubled and missing columns in the header', () => {
    const { issues } = read('scope,scope,owner\n');
    expect(issues.map(describeIssue)).toEqual([
      'relations.csv line 1, column "scope": the column appears twice: expected each column once',
      'relations.csv line 1, column "owner": unknown column: expected one of stakeholder, started_on, scope, cadence_days',
      'relations.csv line 1, column "stakeholder": missing column: expected it in the header line',
    ]);
  });

  it('reports every row with the wrong number of values, and keeps the good ones', () => {
    const table = read('stakeholder,scope\nA,need\nB\nC,need,extra\nD,contract\n');
    expect(table.rows.map((r) => r.values.stakeholder)).toEqual(['A', 'D']);
    expect(table.issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'expected 2 values (one per column of the header), got 1'],
      [4, 'expected 2 values (one per column of the header), got 3'],
    ]);
  });

  it('reports an unclosed quote with its line', () => {
    const { issues } = read('stakeholder,scope\nA,need\n"B,need\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^not valid CSV: expected every quoted value to be closed/);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('names an issue as file:line:column for problem+json', () => {
    expect(issueField({ file: 'entries', line: 14, column: 'amount', message: '' })).toBe('entries:14:amount');
    expect(issueField({ file: 'entries', line: 3, column: null, message: '' })).toBe('entries:3');
  });
});

describe('splitting a file without quotes', () => {
  const records = (split: (visit: RecordVisitor) => void) => {
    const found: [string[], number][] = [];
    split((record, line) => found.push([record, line]));
    return found;
  };
  /** Characters of a quote-free file: separators, spaces and letters, and line ends where `soup` allows them. */
  const text = (soup: boolean) => fc.string({ unit: fc.constantFrom(',', ';', ' ', '\t', 'a', 'B', 'é', '1', '-', '\uFEFF', ...(soup ? ['\n', '\r', '\r\n'] : [])), maxLength: 12 });
  /** Lines that all end the same way (with or without a last line end), or line ends of any kind anywhere. */
  const file = fc.oneof(
    fc.tuple(fc.array(text(false), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, end, last]) => lines.join(end) + (last ? end : '')),
    fc.array(text(true), { maxLength: 12 }).map((parts) => parts.join('')),
  );

  it('gives csv-parse\'s records and line numbers for any file, blank lines and ragged rows included', () => {
    fc.assert(
      fc.property(file, fc.constantFrom(',', ';'), (content, delimiter) => {
        expect(records((visit) => splitRecords(content, delimiter, visit))).toEqual(records((visit) => parseRecords(content, delimiter, visit)));
      }),
      { numRuns: 5_000 },
    );
  });
});
