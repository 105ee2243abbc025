import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { effectiveEntries } from './ledger-entry.ts';
import { deposit, ledgerArb, reversalOf, withdrawal } from './arbitraries.ts';

describe('effectiveEntries', () => {
  const a = deposit('a', '2025-01-10', 'honesty', 3);
  const b = withdrawal('b', '2025-01-11', 'result', 2, 'unintentional');
  const c = deposit('c', '2025-01-12', 'service', 1);

  it('keeps every entry of a ledger without reversals, in order', () => {
    expect(effectiveEntries([a, b, c])).toEqual([a, b, c]);
    expect(effectiveEntries([])).toEqual([]);
  });

  it('drops both the reversed entry and the reversal', () => {
    const x = reversalOf(b, 'x', '2025-02-01');
    expect(effectiveEntries([a, b, c, x])).toEqual([a, c]);
  });

  it('drops the reversed entry wherever the reversal sits in the list', () => {
    const x = reversalOf(c, 'x');
    expect(effectiveEntries([x, a, b, c])).toEqual([a, b]);
  });

  it('drops a reversal that names an unknown entry, and nothing else', () => {
    const stray = { ...reversalOf(a, 'x'), reverses: 'nobody' };
    expect(effectiveEntries([a, b, stray])).toEqual([a, b]);
  });

  it('keeps exactly the originals that no entry reverses', () => {
    fc.assert(
      fc.property(ledgerArb(), (entries) => {
        const reversed = new Set(entries.flatMap((e) => (e.reverses === null ? [] : [e.reverses])));
        const kept = effectiveEntries(entries);
        expect(kept.every((e) => e.reverses === null && !reversed.has(e.id))).toBe(true);
        expect(kept).toHaveLength(entries.filter((e) => e.reverses === null).length - reversed.size);
      }),
    );
  });
});
