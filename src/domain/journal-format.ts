import type { LedgerEntry } from './ledger-entry.ts';
import type { Parameters } from './parameters.ts';
import { signedWeight } from './undecayed-sums.ts';
import { dimensionOf, type Direction, type Foundation } from './vocabulary.ts';

/**
 * The ledger as a plain-text accounting journal that ledger-cli and hledger both read
 * (docs/exchange-journal.md): one transaction per entry, from the trust account of a stakeholder,
 * direction, dimension and foundation against `equity:trust`, in undecayed weights of the
 * commodity TU. A deposit posts +amount; a withdrawal −|amount|·L (·K when intentional), so an
 * account's journal balance is its undecayed balance. A reversal is a transaction of its own that
 * posts the opposite of what its original posted: the pair nets to zero, as in the product.
 */

export const JOURNAL_COMMODITY = 'TU';
export const BALANCING_ACCOUNT = 'equity:trust';

export interface JournalEntry extends LedgerEntry {
  readonly stakeholderId: string;
  readonly direction: Direction;
  readonly note: string;
}

export interface JournalInput {
  readonly organisationName: string;
  readonly parameterVersion: number;
  readonly parameters: Parameters;
  readonly exportedAt: string;
  readonly stakeholders: readonly { readonly id: string; readonly name: string }[];
  readonly entries: readonly JournalEntry[];
}

/** Free text on one line: no line breaks, tabs or runs of spaces (which end an account name). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A stakeholder's name as one segment of an account name: no `:` (the separator), no `;` (a
 * comment), no brackets or parentheses (which mark virtual postings), no double spaces (which
 * end the name).
 */
export function accountSegment(name: string): string {
  const cleaned = oneLine(name.replace(/[:;]/g, ' ').replace(/[[\]()]/g, ''));
  return cleaned === '' ? 'unnamed' : cleaned;
}

/** Each stakeholder's segment; two that would read the same are told apart by the start of their id. */
export function stakeholderSegments(stakeholders: JournalInput['stakeholders']): Map<string, string> {
  const count = new Map<string, number>();
  for (const s of stakeholders) count.set(accountSegment(s.name), (count.get(accountSegment(s.name)) ?? 0) + 1);
  return new Map(
    stakeholders.map((s) => {
      const segment = accountSegment(s.name);
      return [s.id, count.get(segment)! > 1 ? `${segment} ${s.id.slice(0, 8)}` : segment];
    }),
  );
}

export function journalAccount(segment: string, direction: Direction, foundation: Foundation): string {
  return `trust:${direction}:${segment}:${dimensionOf(foundation)}:${foundation}`;
}

/** A weight as a decimal both programs read exactly: at most six decimals, no exponent. */
export function formatWeight(weight: number): string {
  const rounded = Number(weight.toFixed(6));
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(6).replace(/\.?0+$/, '');
}

function describe(entry: JournalEntry): string {
  const kind = entry.reverses !== null ? 'reversal' : entry.amount > 0 ? `deposit ${entry.amount}` : `withdrawal ${entry.amount}, ${entry.intent ?? 'unknown'}`;
  // hledger reads a `;` on the transaction line as the start of a comment.
  const note = oneLine(entry.note.replaceAll(';', ','));
  return note === '' ? kind : `${kind} - ${note}`;
}

export function formatJournal(input: JournalInput): string {
  const { parameters } = input;
  const segments = stakeholderSegments(input.stakeholders);
  const byId = new Map(input.entries.map((e) => [e.id, e]));
  const lines = [
    `; Trust Ledger journal of ${oneLine(input.organisationName)}`,
    `; Exported ${input.exportedAt} under parameter version ${input.parameterVersion}:`,
    `;   withdrawal weight L = ${parameters.withdrawalWeight}, intentional factor K = ${parameters.intentionalFactor}.`,
    `; Amounts are undecayed weights in ${JOURNAL_COMMODITY}: a deposit its amount, a withdrawal -|amount|*L (*K when intentional).`,
    '; A reversal posts the opposite of the entry it reverses; the pair nets to zero.',
    '',
  ];
  const ordered = [...input.entries].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
  for (const entry of ordered) {
    const original = entry.reverses === null ? entry : byId.get(entry.reverses);
    if (!original) throw new Error(`entry ${entry.id} reverses ${entry.reverses}, which is not in the journal`);
    const weight = entry.reverses === null ? signedWeight(entry, parameters) : -signedWeight(original, parameters);
    const account = journalAccount(segments.get(original.stakeholderId) ?? 'unnamed', original.direction, original.foundation);
    lines.push(`${entry.occurredOn} * (${entry.id}) ${describe(entry)}`);
    if (entry.reverses !== null) lines.push(`    ; reverses ${entry.reverses}`);
    lines.push(`    ${account}  ${formatWeight(weight)} ${JOURNAL_COMMODITY}`, `    ${BALANCING_ACCOUNT}`, '');
  }
  return lines.join('\n');
}
