import { describe, expect, it } from 'vitest';
import { paginate } from './cursor.ts';

const items = ['2026-01-03', '2026-01-01', '2026-01-02', '2026-01-02'].map((on, i) => ({ on, id: `e${i}` }));
const key = (item: (typeof items)[number]) => [item.on, item.id] as const;
const pages = (order: 'ascending' | 'descending') => {
  const seen: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = paginate(items, key, { limit: 3, cursor }, order);
    seen.push(page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return seen;
};

describe('paginate', () => {
  it('pages through in key order, ties broken by id', () => {
    expect(pages('ascending')).toEqual([['e1', 'e2', 'e3'], ['e0']]);
  });

  it('pages through newest first when asked, with the same cursors', () => {
    expect(pages('descending')).toEqual([['e0', 'e3', 'e2'], ['e1']]);
  });
});
