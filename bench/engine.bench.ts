import { dayNumber } from '../src/domain/calendar.ts';
import { readAccounts, scaleEntries } from '../src/domain/ledger-engine.ts';
import { baseRateFor, DEFAULT_PARAMETERS } from '../src/domain/parameters.ts';
import type { GeneratedOrganisation } from './generate.ts';
import { compare, measure, type Comparison, type Figure } from './harness.ts';

/**
 * The in-memory engine (issue #10): every account's r, s, T and legs as of a date over the whole
 * generated ledger, beside the least work such a figure could need — a bare typed-array loop that
 * adds each entry's pre-scaled weight into its account's slot. Both start from the same columns
 * with the weights already scaled (what the running sums store, computed once per parameter
 * version); scaling is measured on its own.
 */
export async function engineFigures(org: GeneratedOrganisation): Promise<{ figures: Figure[]; comparisons: Comparison[] }> {
  const P = DEFAULT_PARAMETERS;
  const accounts = org.relations * 2;
  const scaled = scaleEntries(org.columns, accounts, P);
  const baseRate = Float64Array.from({ length: accounts }, (_, a) => baseRateFor(P, org.stakeholders[a >> 1]!.category));
  const asOf = dayNumber(org.lastDay);
  const { account } = org.columns;
  const { weight } = scaled;
  const entries = `${(org.columns.count / 1e6).toLocaleString('en')}M entries, ${accounts.toLocaleString('en')} accounts`;

  let sink = 0;
  const reference = await measure(`reference: bare typed-array loop summing pre-scaled weights into per-account slots (${entries})`, () => {
    const slots = new Float64Array(accounts);
    for (let i = 0; i < account.length; i++) slots[account[i]!] = slots[account[i]!]! + weight[i]!;
    sink += slots[0]!;
  }, { runs: 30, warmup: 5 });
  const engine = await measure(`in-memory engine: every account's r, s, T and legs as of a date (${entries})`, () => {
    sink += readAccounts(scaled, asOf, P, baseRate).trustLevel[0]!;
  }, { runs: 30, warmup: 5, note: 'readAccounts over pre-scaled weights: date filter, 18 sums per account, legs and T' });
  const earlier = asOf - 2 * 365;
  const past = await measure(`in-memory engine as of two years before the newest entry, each entry's date tested (${entries})`, () => {
    sink += readAccounts(scaled, earlier, P, baseRate).trustLevel[0]!;
  }, { runs: 30, warmup: 5, note: 'the same reading where later entries must be left out' });
  const scaling = await measure(`scaling every entry's weight to the epoch, once per parameter version (${entries})`, () => {
    sink += scaleEntries(org.columns, accounts, P).weight[0]!;
  }, { runs: 10, warmup: 2 });
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the loops from being optimised away');
  return { figures: [reference, engine, past, scaling], comparisons: [compare(engine, reference, 4), compare(past, reference, 4)] };
}
