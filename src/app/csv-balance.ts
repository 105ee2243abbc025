import { parse } from 'csv-parse';
import { dayNumber, isIsoDate, type IsoDate } from '../domain/calendar.ts';
import { EntryColumnsBuilder, FOUNDATION_INDEX, readAccounts, scaleEntries, type AccountFigures } from '../domain/ledger-engine.ts';
import { baseRateFor, type Parameters } from '../domain/parameters.ts';
import { INTENTS, type Direction, type Foundation } from '../domain/vocabulary.ts';
import { ValidationError } from './errors.ts';

/**
 * Every account's figures straight from the CSV files of docs/exchange.md, without a database:
 * the ledger read as text, as plain-text accounting tools read theirs. `entries.csv` names the
 * accounts (stakeholder and direction); `stakeholders.csv`, when given, supplies each
 * stakeholder's category for its base rate and refuses stakeholders it does not list.
 *
 * Built for large files: the lines become engine columns as they are read, never row objects,
 * so a million entries take a few tens of megabytes.
 */
export interface CsvBalance {
  readonly asOf: IsoDate;
  readonly accounts: readonly { readonly stakeholder: string; readonly direction: Direction }[];
  readonly figures: AccountFigures;
}

const BOM = '\uFEFF';
/** Every amount as it may be written, − (the minus sign) as well as - (the hyphen). */
const AMOUNTS: ReadonlyMap<string, number> = new Map(
  [1, 2, 3, 4, 5].flatMap((n) => [[String(n), n], [`+${n}`, n], [`-${n}`, -n], [`−${n}`, -n]] as [string, number][]),
);
const ENTRY_COLUMNS = ['stakeholder', 'direction', 'occurred_on', 'foundation', 'amount', 'intent', 'note', 'source', 'id', 'reverses'] as const;

function refuse(file: string, line: number, column: string | null, message: string): never {
  throw new ValidationError([{ field: `${file}:${line}${column === null ? '' : `:${column}`}`, message }]);
}

/** The text of a file as it arrives, chunk by chunk, refused at the first byte that is not UTF-8. */
async function* decode(file: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of chunks) {
      let text = decoder.decode(chunk, { stream: true });
      if (first && text.length > 0) {
        if (text.startsWith(BOM)) text = text.slice(1);
        first = false;
      }
      yield text;
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) refuse(file, 1, null, 'wrong encoding: expected UTF-8 text');
    throw error;
  }
}

/**
 * Calls `onRecord` with every record's values and line number, reading the file as it streams
 * in. Lines without a quote character are plain values and separators, split directly; from the
 * first quote on, csv-parse reads the rest (a quoted value may hold separators and line breaks).
 */
async function eachRecord(chunks: AsyncIterable<string>, onRecord: (values: string[], line: number) => void): Promise<void> {
  let separator: string | null = null;
  let pending = '';
  let line = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    const text = next.done ? pending : pending + next.value;
    // The separator is read off the whole header line: wait until it has arrived.
    if (separator === null && !next.done && !text.includes('\n')) {
      pending = text;
      continue;
    }
    if (!next.done && text.includes('"')) {
      const parser = parse({ delimiter: separator ?? detectSeparator(text), relax_column_count: true, skip_empty_lines: true, info: true });
      const consumed = line;
      const feeding = (async () => {
        parser.write(text);
        for (let more = await iterator.next(); !more.done; more = await iterator.next()) parser.write(more.value);
        parser.end();
      })();
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) onRecord(record, consumed + info.lines);
      await feeding;
      return;
    }
    separator ??= detectSeparator(text);
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      if (end === -1) break;
      line++;
      const raw = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      if (raw.length > 0) {
        const values = raw.split(separator);
        // Blank lines and lines of only separators are skipped, as the import skips them.
        if (values[0]!.trim() !== '' || values.some((v) => v.trim() !== '')) onRecord(values, line);
      }
      start = end + 1;
    }
    pending = text.slice(start);
    if (next.done) {
      if (pending.trim() !== '') onRecord(pending.replace(/\r$/, '').split(separator), line + 1);
      return;
    }
  }
}

/** `;` when it separates more names on the header line than `,` (spreadsheets where `,` is the decimal mark). */
function detectSeparator(text: string): string {
  const end = text.indexOf('\n');
  const header = end === -1 ? text : text.slice(0, end);
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

export async function balanceFromCsv(
  files: { readonly entries: AsyncIterable<Uint8Array>; readonly stakeholders?: AsyncIterable<Uint8Array> },
  asOf: IsoDate,
  parameters: Parameters,
): Promise<CsvBalance> {
  const categories = files.stakeholders ? await readCategories(files.stakeholders) : null;
  const accounts: { stakeholder: string; direction: Direction }[] = [];
  const accountIndex = new Map<string, [number, number]>();
  const days = new Map<string, number>();
  const labelled = new Map<string, { account: number; foundation: number; amount: number; intentional: boolean; day: number }>();
  const builder = new EntryColumnsBuilder(1 << 16);
  const asOfDay = dayNumber(asOf);
  type ColumnIndex = Record<(typeof ENTRY_COLUMNS)[number], number>;
  let columnOf: ColumnIndex | null = null;

  // One function for every line, no closure per line: a million lines make every allocation count.
  const cell = (values: readonly string[], name: (typeof ENTRY_COLUMNS)[number]): string => {
    const at = columnOf![name];
    const value = at === -1 ? '' : (values[at] ?? '');
    // Trimming only what needs it: most values have no space around them.
    return value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? value.trim() : value;
  };
  await eachRecord(decode('entries.csv', files.entries), (values, line) => {
    if (columnOf === null) {
      const header = values.map((v) => v.trim().toLowerCase());
      for (const name of header) if (!(ENTRY_COLUMNS as readonly string[]).includes(name)) refuse('entries.csv', 1, name, `unknown column: expected one of ${ENTRY_COLUMNS.join(', ')}`);
      columnOf = Object.fromEntries(ENTRY_COLUMNS.map((c) => [c, header.indexOf(c)])) as ColumnIndex;
      for (const required of ['stakeholder', 'direction', 'occurred_on', 'foundation', 'amount'] as const) {
        if (columnOf[required] === -1) refuse('entries.csv', 1, required, 'missing column');
      }
      return;
    }
    const reverses = cell(values, 'reverses');
    const original = reverses === '' ? null : labelled.get(reverses);
    if (original === undefined) refuse('entries.csv', line, 'reverses', `expected the id of an earlier line, got "${reverses}"`);

    let account: number;
    let day: number;
    let foundation: number;
    let amount: number;
    let intentional: boolean;
    if (original !== null) {
      // A reversal may leave the facts empty: they are its original's, with the amount negated.
      ({ account, day, foundation, intentional } = original);
      amount = -original.amount;
    } else {
      const stakeholder = cell(values, 'stakeholder');
      const direction = cell(values, 'direction');
      // Per stakeholder, its received and given account: no key string built per line.
      let pair = accountIndex.get(stakeholder);
      if (pair === undefined) {
        if (categories !== null && !categories.has(stakeholder)) refuse('entries.csv', line, 'stakeholder', `expected a key of stakeholders.csv, got "${stakeholder}"`);
        pair = [-1, -1];
        accountIndex.set(stakeholder, pair);
      }
      const side = direction === 'received' ? 0 : direction === 'given' ? 1 : -1;
      if (side === -1) refuse('entries.csv', line, 'direction', `expected received or given, got "${direction}"`);
      let index = pair[side]!;
      if (index === -1) {
        index = accounts.length;
        accounts.push({ stakeholder, direction: direction as Direction });
        pair[side] = index;
      }
      account = index;
      const date = cell(values, 'occurred_on');
      let known = days.get(date);
      if (known === undefined) {
        if (!isIsoDate(date)) refuse('entries.csv', line, 'occurred_on', `expected a date as YYYY-MM-DD, got "${date}"`);
        known = dayNumber(date);
        days.set(date, known);
      }
      day = known;
      const f = FOUNDATION_INDEX.get(cell(values, 'foundation') as Foundation);
      if (f === undefined) refuse('entries.csv', line, 'foundation', `expected one of ${[...FOUNDATION_INDEX.keys()].join(', ')}, got "${cell(values, 'foundation')}"`);
      foundation = f;
      const written = cell(values, 'amount');
      amount = AMOUNTS.get(written) ?? Number.NaN;
      if (Number.isNaN(amount)) refuse('entries.csv', line, 'amount', `expected a whole number from −5 to −1 or 1 to 5, got "${written}"`);
      const intent = cell(values, 'intent');
      if (amount < 0 && intent !== 'unintentional' && intent !== 'intentional' && intent !== 'unknown') refuse('entries.csv', line, 'intent', `expected ${INTENTS.join(', ')} for a withdrawal, got "${intent}"`);
      intentional = intent === 'intentional';
    }
    const id = cell(values, 'id');
    if (id !== '') labelled.set(id, { account, foundation, amount, intentional, day });
    if (day <= asOfDay) builder.push(account, day, foundation, amount, intentional, original !== null);
  });
  if (columnOf === null) refuse('entries.csv', 1, null, 'the file is empty: expected a header line');

  const baseRate = Float64Array.from(accounts, (a) => baseRateFor(parameters, categories?.get(a.stakeholder) ?? ''));
  const figures = readAccounts(scaleEntries(builder.build(), accounts.length, parameters), asOfDay, parameters, baseRate);
  return { asOf, accounts, figures };
}

/** Each stakeholder key of stakeholders.csv with its category. */
async function readCategories(chunks: AsyncIterable<Uint8Array>): Promise<Map<string, string>> {
  const categories = new Map<string, string>();
  let key = -1;
  let category = -1;
  let header = true;
  await eachRecord(decode('stakeholders.csv', chunks), (values, line) => {
    if (header) {
      const names = values.map((v) => v.trim().toLowerCase());
      key = names.indexOf('key');
      category = names.indexOf('category');
      if (key === -1 || category === -1) refuse('stakeholders.csv', line, key === -1 ? 'key' : 'category', 'missing column');
      header = false;
      return;
    }
    categories.set((values[key] ?? '').trim(), (values[category] ?? '').trim());
  });
  return categories;
}
