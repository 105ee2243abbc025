import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { mulberry32 } from '../src/app/demo/seeded-random.ts';
import { addDays, dayNumber, fromDayNumber, type IsoDate } from '../src/domain/calendar.ts';
import { BALANCING_ACCOUNT, formatWeight, JOURNAL_COMMODITY } from '../src/domain/journal-format.ts';
import type { EntryColumns } from '../src/domain/ledger-engine.ts';
import type { Parameters } from '../src/domain/parameters.ts';
import { signedWeight } from '../src/domain/undecayed-sums.ts';
import { DIRECTIONS, FOUNDATIONS, INTENTS, LEVELS, STAKEHOLDER_CATEGORIES, type Intent } from '../src/domain/vocabulary.ts';

/**
 * The benchmark's organisation, made the same way on every run: `relations` stakeholders with one
 * relation each (two accounts: received at index 2·relation, given at 2·relation + 1) and exactly
 * `entries` ledger lines over five years up to `lastDay`, in date order. The mix follows what a
 * busy organisation records: a few relations carry most entries, deposits outnumber withdrawals,
 * most entries are small, some withdrawals intentional, and about one entry in two hundred is
 * reversed later the same day (a reversal shares its original's date, as the ledger requires).
 */
export interface GeneratedOrganisation {
  readonly relations: number;
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly stakeholders: readonly GeneratedStakeholder[];
  /** Every ledger line, reversals included, as the engine reads them. */
  readonly columns: EntryColumns;
  /** Per line, the line it reverses, or −1. */
  readonly reverses: Int32Array;
  /** Per line, whether a later line reverses it. */
  readonly reversed: Uint8Array;
  /** Per line, its intent code: index into INTENTS, or −1 for a deposit. */
  readonly intent: Int8Array;
}

export interface GeneratedStakeholder {
  readonly key: string;
  readonly name: string;
  readonly category: string;
  readonly level: string;
  readonly importance: number;
}

export interface GenerateOptions {
  readonly relations: number;
  readonly entries: number;
  readonly lastDay?: IsoDate;
  readonly seed?: number;
}

/** Picks from `values` with the given relative weights. */
function weighted<T>(random: () => number, values: readonly T[], weights: readonly number[]): () => T {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map((w, i) => weights.slice(0, i + 1).reduce((a, b) => a + b, 0) / total);
  return () => {
    const u = random();
    const i = cumulative.findIndex((c) => u < c);
    return values[i === -1 ? values.length - 1 : i]!;
  };
}

export function generateOrganisation(options: GenerateOptions): GeneratedOrganisation {
  const random = mulberry32(options.seed ?? 20_261_128);
  const lastDay = options.lastDay ?? '2026-06-30';
  const firstDay = addDays(lastDay, -(5 * 365));
  const days = dayNumber(lastDay) - dayNumber(firstDay) + 1;
  const pad = String(options.relations).length;
  const stakeholders = Array.from({ length: options.relations }, (_, i): GeneratedStakeholder => {
    const key = `s${String(i + 1).padStart(pad, '0')}`;
    return {
      key,
      name: `Stakeholder ${String(i + 1).padStart(pad, '0')}`,
      category: STAKEHOLDER_CATEGORIES[i % STAKEHOLDER_CATEGORIES.length]!,
      level: LEVELS[i % LEVELS.length]!,
      importance: 1 + (i % 5),
    };
  });

  const foundation = weighted(random, FOUNDATIONS.map((_, i) => i), [8, 10, 8, 16, 16, 6, 10, 16, 10]);
  const depositSize = weighted(random, [1, 2, 3, 4, 5], [45, 30, 17, 6, 2]);
  const withdrawalSize = weighted(random, [1, 2, 3, 4, 5], [50, 28, 14, 6, 2]);
  const intent = weighted(random, [...INTENTS], [15, 60, 25]);
  const n = options.entries;
  const columns = {
    count: n,
    account: new Int32Array(n),
    day: new Int32Array(n),
    foundation: new Uint8Array(n),
    amount: new Int8Array(n),
    intentional: new Uint8Array(n),
    reversal: new Uint8Array(n),
  };
  const reverses = new Int32Array(n).fill(-1);
  const reversed = new Uint8Array(n);
  const intents = new Int8Array(n).fill(-1);
  const pending: number[] = [];
  let line = 0;
  for (let d = 0; d < days; d++) {
    const day = dayNumber(firstDay) + d;
    const end = Math.floor(((d + 1) * n) / days);
    // Reversals waiting from earlier today come first after at least one new line, so each day
    // closes with nothing pending.
    while (line < end) {
      const i = line++;
      columns.day[i] = day;
      if (pending.length > 0 && (line === end || random() < 0.3)) {
        const original = pending.pop()!;
        columns.account[i] = columns.account[original]!;
        columns.foundation[i] = columns.foundation[original]!;
        columns.amount[i] = -columns.amount[original]!;
        columns.intentional[i] = columns.intentional[original]!;
        columns.reversal[i] = 1;
        intents[i] = intents[original]!;
        reverses[i] = original;
        reversed[original] = 1;
        continue;
      }
      // u² favours low relation numbers: a fifth of the relations carry about half the entries.
      const relation = Math.floor(random() ** 2 * options.relations);
      columns.account[i] = relation * 2 + (random() < 0.55 ? 0 : 1);
      columns.foundation[i] = foundation();
      if (random() < 0.72) {
        columns.amount[i] = depositSize();
      } else {
        columns.amount[i] = -withdrawalSize();
        const chosen = intent();
        intents[i] = INTENTS.indexOf(chosen);
        columns.intentional[i] = chosen === 'intentional' ? 1 : 0;
      }
      if (line < end - 1 && random() < 0.005) pending.push(i);
    }
    // Whatever could not be reversed today stays as it is.
    pending.length = 0;
  }
  return { relations: options.relations, firstDay, lastDay, stakeholders, columns, reverses, reversed, intent: intents };
}

async function writeLines(path: string, count: number, lineOf: (i: number) => string, header?: string): Promise<void> {
  const out = createWriteStream(path);
  if (header !== undefined) out.write(`${header}\n`);
  const CHUNK = 10_000;
  for (let start = 0; start < count; start += CHUNK) {
    let text = '';
    for (let i = start; i < Math.min(count, start + CHUNK); i++) text += `${lineOf(i)}\n`;
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The organisation as the product's CSV files (docs/exchange.md): stakeholders, relations, entries. */
export async function writeCsvFiles(org: GeneratedOrganisation, directory: string): Promise<{ stakeholders: string; relations: string; entries: string }> {
  await mkdir(directory, { recursive: true });
  const files = { stakeholders: join(directory, 'stakeholders.csv'), relations: join(directory, 'relations.csv'), entries: join(directory, 'entries.csv') };
  await writeLines(files.stakeholders, org.stakeholders.length, (i) => {
    const s = org.stakeholders[i]!;
    return `${s.key},${s.name},${s.category},${s.level},${s.importance}`;
  }, 'key,name,category,level,importance');
  await writeLines(files.relations, org.stakeholders.length, (i) => `${org.stakeholders[i]!.key},${org.firstDay}`, 'stakeholder,started_on');
  const { columns } = org;
  await writeLines(files.entries, columns.count, (i) => {
    const account = columns.account[i]!;
    const key = org.stakeholders[account >> 1]!.key;
    const intent = org.intent[i]! < 0 ? '' : INTENTS[org.intent[i]!]!;
    const id = org.reversed[i] === 1 ? `e${i}` : '';
    const reverses = org.reverses[i]! >= 0 ? `e${org.reverses[i]}` : '';
    const note = reverses === '' ? '' : 'correction';
    return `${key},${DIRECTIONS[account & 1]},${fromDayNumber(columns.day[i]!)},${FOUNDATIONS[columns.foundation[i]!]},${columns.amount[i]},${intent},${note},,${id},${reverses}`;
  }, 'stakeholder,direction,occurred_on,foundation,amount,intent,note,source,id,reverses');
  return files;
}

/**
 * The same ledger as a plain-text accounting journal, one transaction per line against the
 * balancing account: undecayed weights as in the product's journal export (journal-format.ts), a
 * reversal posting the opposite of its original. One journal account per trust account
 * (`trust:<direction>:<stakeholder>`), the granularity the product's figure reads; the export's
 * deeper names (dimension and foundation, nine accounts per trust account) make ledger-cli about
 * four times slower still.
 */
export async function writeJournal(org: GeneratedOrganisation, path: string, parameters: Parameters): Promise<void> {
  const { columns } = org;
  await writeLines(path, columns.count, (i) => {
    const original = org.reverses[i]! >= 0 ? org.reverses[i]! : i;
    const account = columns.account[original]!;
    const intentCode = org.intent[original]!;
    const facts = { amount: columns.amount[original]!, intent: intentCode < 0 ? null : (INTENTS[intentCode] as Intent) };
    const weight = original === i ? signedWeight(facts, parameters) : -signedWeight(facts, parameters);
    const name = `trust:${DIRECTIONS[account & 1]}:${org.stakeholders[account >> 1]!.name}`;
    return `${fromDayNumber(columns.day[i]!)} * (e${i})\n    ${name}  ${formatWeight(weight)} ${JOURNAL_COMMODITY}\n    ${BALANCING_ACCOUNT}\n`;
  }, '; Trust Ledger benchmark journal: one transaction per ledger line');
}
