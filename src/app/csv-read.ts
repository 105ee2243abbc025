import { CsvError, parse } from 'csv-parse/sync';

/**
 * Reading one CSV file of an import into rows of named values, before any meaning is checked:
 * encoding, byte order mark, separator, quoting, header and column counts. Pure: bytes in, rows
 * and issues out (docs/exchange.md describes the format).
 */

export const CSV_KINDS = ['stakeholders', 'relations', 'entries'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** One thing wrong with an import, where it is and what was expected there. */
export interface CsvIssue {
  readonly file: CsvKind;
  readonly line: number;
  /** The column's name from the header; null when the whole line (or file) is at fault. */
  readonly column: string | null;
  readonly message: string;
}

export interface CsvColumn {
  readonly name: string;
  readonly required: boolean;
}

/** A data line: its number in the file (1 is the header) and its values by column name, trimmed. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly issues: readonly CsvIssue[];
}

const BOM = '\uFEFF';
/** Distinct values a file's rows share at most (see readCsv). */
const MAX_SHARED_VALUES = 100_000;

/** Decodes, parses and checks the shape of one file; content errors are the caller's to find. */
export function readCsv(file: CsvKind, bytes: Uint8Array, columns: readonly CsvColumn[]): CsvTable {
  const issue = (line: number, column: string | null, message: string): CsvTable => ({ rows: [], issues: [{ file, line, column, message }] });
  const expectedHeader = `a header line with the columns ${columns.map((c) => c.name).join(', ')}`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return issue(firstNonUtf8Line(bytes), null, 'wrong encoding: expected UTF-8 text (save the file as "CSV UTF-8"), found bytes that are not UTF-8');
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  if (text.trim().length === 0) return issue(1, null, `the file is empty: expected ${expectedHeader}`);

  const issues: CsvIssue[] = [];
  const rows: CsvRow[] = [];
  let header: string[] | undefined;
  let headerIssues: CsvIssue[] = [];
  // One string for each value that repeats: a large file says "received", a date or a stakeholder
  // a million times, and holding one copy of each took 120 MB off the rows of the benchmark's
  // 1M-line entries.csv (peak RSS of its import 870 -> 743 MiB), in no more time. Bounded, so a
  // file of unique values does not grow a second index of them all.
  const seen = new Map<string, string>();
  // Rows are made as the records are split, so a large file never holds its records twice.
  const visit = (record: string[], line: number): void => {
    if (header === undefined) {
      header = record.map((name) => name.trim().toLowerCase());
      headerIssues = checkHeader(file, header, columns);
      return;
    }
    if (headerIssues.length > 0) return;
    let blank = true;
    for (let i = 0; i < record.length; i++) {
      const value = record[i]!.trim();
      const known = seen.get(value);
      if (known !== undefined) record[i] = known;
      else {
        record[i] = value;
        if (seen.size < MAX_SHARED_VALUES) seen.set(value, value);
      }
      if (value !== '') blank = false;
    }
    if (blank) return;
    if (record.length !== header.length) {
      issues.push({ file, line, column: null, message: `expected ${header.length} values (one per column of the header), got ${record.length}` });
      return;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) values[header[i]!] = record[i]!;
    rows.push({ line, values });
  };
  try {
    splitRecords(text, detectDelimiter(text), visit);
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : 1;
      return issue(line, null, `not valid CSV: expected every quoted value to be closed by a quote followed by a separator or the end of the line (${error.code})`);
    }
    throw error;
  }
  if (headerIssues.length > 0) return { rows: [], issues: headerIssues };
  return { rows, issues };
}

/** Unknown, doubled and missing columns of a header line (its names trimmed and lower-cased). */
function checkHeader(file: CsvKind, header: readonly string[], columns: readonly CsvColumn[]): CsvIssue[] {
  const issues: CsvIssue[] = [];
  const known = new Set(columns.map((c) => c.name));
  header.forEach((name, i) => {
    if (!known.has(name)) issues.push({ file, line: 1, column: name, message: `unknown column: expected one of ${[...known].join(', ')}` });
    else if (header.indexOf(name) !== i) issues.push({ file, line: 1, column: name, message: 'the column appears twice: expected each column once' });
  });
  for (const column of columns) {
    if (column.required && !header.includes(column.name)) {
      issues.push({ file, line: 1, column: column.name, message: 'missing column: expected it in the header line' });
    }
  }
  return issues;
}

/** Receives each record of a file, blank lines skipped, with the line it starts on. */
export type RecordVisitor = (record: string[], line: number) => void;

/**
 * Splits a file into records, as RFC 4180 reads it. A file without any quote character and with
 * one kind of line end throughout is split on its line ends and separators directly: that is all
 * RFC 4180 asks of such a file, it gives exactly csv-parse's records and line numbers (a property
 * test compares the two), and it takes a fifteenth of the time (the benchmark's 1M-line
 * entries.csv: 0.3 s instead of 4.5–5 s). Any other file goes to csv-parse.
 */
export function splitRecords(text: string, delimiter: string, visit: RecordVisitor): void {
  const lineEnd = text.includes('"') ? null : uniformLineEnd(text);
  if (lineEnd === null) parseRecords(text, delimiter, visit);
  else splitQuoteFree(text, delimiter, lineEnd, visit);
}

/** csv-parse, throwing its CsvError on a file it cannot read. */
export function parseRecords(text: string, delimiter: string, visit: RecordVisitor): void {
  parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record: string[], context) => {
      // The parser counts the line a record ends on; it starts as many lines before as its values hold line breaks.
      visit(record, context.lines - record.reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0));
      // Nothing is collected: the visitor has what it needs.
      return null;
    },
  });
}

/**
 * `\n` or `\r\n` when every line ends the same way, else null. csv-parse takes the first line end
 * it meets as the only one, yet counts a line at any `\r` or `\n`; with one kind throughout, both
 * readings are the plain one.
 */
function uniformLineEnd(text: string): '\n' | '\r\n' | null {
  const firstReturn = text.indexOf('\r');
  if (firstReturn === -1) return '\n';
  for (let i = firstReturn; i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== NEWLINE) return null;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (text.charCodeAt(i - 1) !== RETURN) return null;
  return '\r\n';
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;

function splitQuoteFree(text: string, delimiter: string, lineEnd: string, visit: RecordVisitor): void {
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    const found = text.indexOf(lineEnd, start);
    const end = found === -1 ? text.length : found;
    line++;
    if (end > start) {
      const record: string[] = [];
      for (let from = start; ; ) {
        const separator = text.indexOf(delimiter, from);
        if (separator === -1 || separator >= end) {
          record.push(text.slice(from, end));
          break;
        }
        record.push(text.slice(from, separator));
        from = separator + 1;
      }
      visit(record, line);
    }
    start = end + lineEnd.length;
  }
}

/**
 * `;` or `,`, whichever separates more of the header line's names outside quotes: spreadsheets in
 * Flanders and much of Europe write `;` because `,` is their decimal mark.
 */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The line of the first byte sequence that is not UTF-8, for the message. */
function firstNonUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return 1;
}

/** `entries.csv line 14, column "amount": expected …` — how an issue reads for a person. */
export function describeIssue(issue: CsvIssue): string {
  return `${issue.file}.csv line ${issue.line}${issue.column === null ? '' : `, column "${issue.column}"`}: ${issue.message}`;
}

/** The issue's place as a problem+json field: `entries:14:amount` (file, line, column). */
export function issueField(issue: CsvIssue): string {
  return `${issue.file}:${issue.line}${issue.column === null ? '' : `:${issue.column}`}`;
}
