/**
 * A plain-text progress bar for long imports, drawn on one line of a terminal: no dependency,
 * and nothing at all when the output is not a terminal (logs and pipes get the summary only).
 */

const WIDTH = 30;

/** `[##########--------------------]  33%  33,000 / 100,000 entries` */
export function progressLine(done: number, total: number, what: string): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  const count = (n: number) => n.toLocaleString('en');
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${count(done)} / ${count(total)} ${what}`;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

/** A progress reporter for `stream`; `finish` clears the bar so the summary starts on a clean line. */
export function progressBar(stream: ProgressStream, what: string): { update(done: number, total: number): void; finish(): void } {
  let drawn = false;
  return {
    update(done, total) {
      if (!stream.isTTY) return;
      stream.write(`\r${progressLine(done, total, what)}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
