import { FIRST_DATE, isIsoDate, type IsoDate } from '../domain/calendar.ts';
import type { CsvIssue, CsvKind, CsvRow } from './csv-read.ts';

/**
 * Reads the values of one CSV row, each checked against what its column expects. A value that
 * fails adds an issue naming line, column, expectation and what was found, and reads as
 * undefined, so every mistake of a file is reported at once instead of the first only.
 */
export class CsvCells {
  constructor(
    private readonly file: CsvKind,
    private readonly row: CsvRow,
    private readonly issues: CsvIssue[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** The raw value; '' when the column is absent from the header or the cell is blank. */
  raw(column: string): string {
    return this.row.values[column] ?? '';
  }

  fail(column: string | null, message: string): undefined {
    this.issues.push({ file: this.file, line: this.row.line, column, message });
    return undefined;
  }

  private got(column: string): string {
    return `got "${this.raw(column)}"`;
  }

  text(column: string, options: { required: boolean; maxLength: number }): string | undefined {
    const value = this.raw(column);
    if (value === '') return options.required ? this.fail(column, 'expected a value, got an empty cell') : '';
    if (value.length > options.maxLength) return this.fail(column, `expected at most ${options.maxLength} characters, got ${value.length}`);
    return value;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], fallback?: T): T | undefined {
    const value = this.raw(column);
    if (value === '' && fallback !== undefined) return fallback;
    const found = allowed.find((a) => a === value);
    return found ?? this.fail(column, `expected one of ${allowed.join(', ')}, ${this.got(column)}`);
  }

  /** A whole number in [min, max]; `fallback` when blank, or an error when there is none. */
  integer(column: string, min: number, max: number, fallback?: number): number | undefined {
    const value = this.raw(column);
    if (value === '' && fallback !== undefined) return fallback;
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= min && n <= max)) return this.fail(column, `expected a whole number from ${min} to ${max}, ${this.got(column)}`);
    return n;
  }

  /** An entry's amount: −5 … −1 or 1 … 5 (ASCII or typographic minus). */
  amount(column: string): number | undefined {
    const value = this.raw(column).replace('\u2212', '-');
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(Number.isInteger(n) && n !== 0 && Math.abs(n) <= 5)) {
      return this.fail(column, `expected a whole number from −5 to −1 or 1 to 5, ${this.got(column)}`);
    }
    return n;
  }

  /** A date as YYYY-MM-DD, not after today (the ledger records what happened) nor before FIRST_DATE. */
  date(column: string, today: IsoDate, fallback?: IsoDate): IsoDate | undefined {
    const value = this.raw(column);
    if (value === '' && fallback !== undefined) return fallback;
    if (!isIsoDate(value)) return this.fail(column, `expected a date as YYYY-MM-DD, ${this.got(column)}`);
    if (value > today) return this.fail(column, `expected a date not after today (${today}), ${this.got(column)}`);
    if (value < FIRST_DATE) return this.fail(column, `expected a date not before ${FIRST_DATE}, ${this.got(column)}`);
    return value;
  }
}
