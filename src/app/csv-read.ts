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

  // The line each record ends on, as the parser counts (a quoted value may span lines).
  const endLines: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : 1;
      return issue(line, null, `not valid CSV: expected every quoted value to be closed by a quote followed by a separator or the end of the line (${error.code})`);
    }
    throw error;
  }

  const header = records[0]!.map((name) => name.trim().toLowerCase());
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
  if (issues.length > 0) return { rows: [], issues };

  const rows: CsvRow[] = [];
  for (const [index, record] of records.entries()) {
    if (index === 0) continue;
    // The record starts as many lines before its end as its values hold line breaks.
    const line = endLines[index]! - record.reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
    if (record.every((value) => value.trim() === '')) continue;
    if (record.length !== header.length) {
      issues.push({ file, line, column: null, message: `expected ${header.length} values (one per column of the header), got ${record.length}` });
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((name, i) => [name, record[i]!.trim()])) });
  }
  return { rows, issues };
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
