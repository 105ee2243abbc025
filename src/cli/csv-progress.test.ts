import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from './csv-progress.ts';

describe('the import progress bar', () => {
  it('fills in proportion and counts what is done', () => {
    expect(progressLine(0, 100_000, 'entries')).toBe(`[${'-'.repeat(30)}]   0%  0 / 100,000 entries`);
    expect(progressLine(33_000, 100_000, 'entries')).toBe(`[${'#'.repeat(10)}${'-'.repeat(20)}]  33%  33,000 / 100,000 entries`);
    expect(progressLine(5, 5, 'entries')).toBe(`[${'#'.repeat(30)}] 100%  5 / 5 entries`);
    expect(progressLine(0, 0, 'entries')).toContain('100%');
  });

  it('draws on a terminal only, and clears itself when done', () => {
    const written: string[] = [];
    const terminal = progressBar({ isTTY: true, write: (t) => written.push(t) > 0 }, 'entries');
    terminal.update(1, 2);
    terminal.finish();
    expect(written).toEqual([`\r${progressLine(1, 2, 'entries')}`, '\r\x1b[2K']);
    const piped: string[] = [];
    const pipe = progressBar({ isTTY: false, write: (t) => piped.push(t) > 0 }, 'entries');
    pipe.update(1, 2);
    pipe.finish();
    expect(piped).toEqual([]);
  });
});
