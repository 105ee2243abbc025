import { mulberry32 } from '../../../src/app/demo/seeded-random.ts';
import { FOUNDATIONS } from '../../../src/domain/vocabulary.ts';
import type { Store } from '../../../src/store/connect.ts';
import { sleep } from './server.ts';

/**
 * Clients of the real server that record entries and reversals over HTTP and remember what became
 * of each write, by a note unique to it: **acknowledged** (201, with the entry the server returned),
 * **refused** (a 4xx: it must not be stored), **not delivered** (the connection was refused, so
 * the request never reached a server), or **uncertain** (the connection broke with the request
 * under way, or a 503 — the server may have committed it before its answer was lost). Readers
 * read the overview, the relations and an account. Afterwards `verifyWrites` holds the ledger
 * against that record.
 */

interface Acknowledged {
  readonly id: string;
  readonly amount: number;
  readonly reverses: string | null;
}

export class WriteLoad {
  readonly acknowledged = new Map<string, Acknowledged>();
  readonly uncertain = new Map<string, number>();
  readonly refused = new Map<string, number>();
  readonly notDelivered = new Set<string>();
  /** Answers and failures by kind: "201", "503", "200", "connection refused", "connection lost". */
  readonly outcomes = new Map<string, number>();
  /** Answers that must not happen: a 5xx other than 503, or a 503 that is not problem+json. */
  readonly serverErrors: string[] = [];
  /** When each request ended (performance.now()) and how: for timelines around an outage. */
  readonly events: { readonly at: number; readonly write: boolean; readonly outcome: string }[] = [];
  requests = 0;
  reads = 0;
  private stopped = false;
  private readonly running: Promise<void>[] = [];
  private readonly headers: Record<string, string>;

  constructor(
    private readonly url: string,
    private readonly organisationId: string,
    token: string,
    private readonly accounts: readonly string[],
    /** Starts every note of this load, so its writes can be told from any other's. */
    readonly label: string,
    private readonly seed = 1,
  ) {
    this.headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  }

  start(writers: number, readers = 0): this {
    for (let n = 0; n < writers; n += 1) this.running.push(this.writer(n));
    for (let n = 0; n < readers; n += 1) this.running.push(this.reader(n));
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running);
  }

  get acknowledgedSum(): number {
    let sum = 0;
    for (const write of this.acknowledged.values()) sum += write.amount;
    return sum;
  }

  /** One line of figures for the suite's report. */
  summary(): string {
    const outcomes = Object.fromEntries([...this.outcomes].sort());
    return `${this.requests.toLocaleString('en')} requests (${this.reads.toLocaleString('en')} reads), ${this.acknowledged.size.toLocaleString('en')} writes acknowledged, ${this.uncertain.size} uncertain, ${this.notDelivered.size} not delivered, ${this.refused.size} refused; ${JSON.stringify(outcomes)}`;
  }

  private count(outcome: string, method: string): void {
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    this.events.push({ at: performance.now(), write: method === 'POST', outcome });
  }

  /** One request; the answer's status and body, or how the connection failed. */
  private async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: unknown } | 'refused' | 'lost'> {
    this.requests += 1;
    try {
      const response = await fetch(`${this.url}/api/v1/organisations/${this.organisationId}${path}`, {
        method,
        headers: this.headers,
        signal: AbortSignal.timeout(60_000),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      this.count(String(response.status), method);
      const problem = (response.headers.get('content-type') ?? '').includes('application/problem+json');
      if ((response.status >= 500 && response.status !== 503) || (response.status === 503 && !problem)) {
        if (this.serverErrors.length < 20) this.serverErrors.push(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
      }
      return { status: response.status, json: response.ok ? JSON.parse(text) : null };
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      const outcome = code === 'ECONNREFUSED' ? 'refused' : 'lost';
      this.count(outcome === 'refused' ? 'connection refused' : 'connection lost', method);
      return outcome;
    }
  }

  private record(note: string, amount: number, result: Awaited<ReturnType<WriteLoad['send']>>): Acknowledged | null {
    if (result === 'refused') this.notDelivered.add(note);
    else if (result === 'lost' || result.status >= 500) this.uncertain.set(note, amount);
    else if (result.status === 201) {
      const entry = result.json as { id: string; amount: number; reverses: string | null };
      const acknowledged = { id: entry.id, amount: entry.amount, reverses: entry.reverses };
      this.acknowledged.set(note, acknowledged);
      return acknowledged;
    } else this.refused.set(note, result.status);
    return null;
  }

  private async writer(n: number): Promise<void> {
    const random = mulberry32(this.seed * 1000 + n);
    const reversible: Acknowledged[] = [];
    for (let k = 0; !this.stopped; k += 1) {
      const note = `${this.label} c${n} w${k}`;
      let result: Awaited<ReturnType<WriteLoad['send']>>;
      if (k % 6 === 5 && reversible.length > 0) {
        const original = reversible.splice(Math.floor(random() * reversible.length), 1)[0]!;
        result = await this.send('POST', `/entries/${original.id}/reversal`, { reason: note });
        this.record(note, -original.amount, result);
      } else {
        const size = 1 + Math.floor(random() * 5);
        const amount = random() < 0.7 ? size : -size;
        result = await this.send('POST', '/entries', {
          accountId: this.accounts[Math.floor(random() * this.accounts.length)],
          foundation: FOUNDATIONS[Math.floor(random() * FOUNDATIONS.length)],
          amount,
          ...(amount < 0 ? { intent: random() < 0.2 ? 'intentional' : 'unintentional' } : {}),
          note,
        });
        const written = this.record(note, amount, result);
        if (written) reversible.push(written);
      }
      // Not a tight loop against a server that is down or refusing.
      if (typeof result === 'string' || result.status >= 500) await sleep(50 + random() * 100);
    }
  }

  private async reader(n: number): Promise<void> {
    for (let k = 0; !this.stopped; k += 1) {
      const path = ['/overview', '/relations', `/accounts/${this.accounts[(n + k) % this.accounts.length]}`][k % 3]!;
      this.reads += 1;
      const result = await this.send('GET', path);
      if (typeof result === 'string' || result.status >= 500) await sleep(100);
    }
  }
}

export interface WriteCheck {
  /** Entries of these loads in the ledger. */
  readonly stored: number;
  readonly acknowledged: number;
  /** Uncertain writes that turned out to be committed. */
  readonly uncertainStored: number;
  readonly uncertain: number;
  /** Everything that contradicts what the clients were told; empty when all is well. */
  readonly problems: readonly string[];
}

/**
 * Holds the ledger against what the clients of `loads` were told: every acknowledged write is
 * there once, as acknowledged; nothing refused or never delivered is there; an uncertain write
 * is there at most once.
 */
export async function verifyWrites(store: Store, organisationId: string, loads: readonly WriteLoad[]): Promise<WriteCheck> {
  const problems: string[] = [];
  let stored = 0;
  let uncertainStored = 0;
  for (const load of loads) {
    const rows = await store.db
      .selectFrom('entries')
      .select(['id', 'note', 'amount', 'reverses_entry_id'])
      .where('organisation_id', '=', organisationId)
      .where('note', 'like', `${load.label} c%`)
      .execute();
    const byNote = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      if (byNote.has(row.note)) problems.push(`stored twice: ${row.note}`);
      byNote.set(row.note, row);
      const acknowledged = load.acknowledged.get(row.note);
      if (acknowledged) {
        if (acknowledged.id !== row.id || acknowledged.amount !== row.amount || acknowledged.reverses !== row.reverses_entry_id) {
          problems.push(`stored otherwise than acknowledged: ${row.note} ${JSON.stringify(row)} vs ${JSON.stringify(acknowledged)}`);
        }
      } else if (load.uncertain.has(row.note)) {
        uncertainStored += 1;
        if (load.uncertain.get(row.note) !== row.amount) problems.push(`an uncertain write stored with another amount: ${row.note}`);
      } else if (load.notDelivered.has(row.note)) {
        problems.push(`stored although the connection was refused: ${row.note}`);
      } else if (load.refused.has(row.note)) {
        problems.push(`stored although refused with ${load.refused.get(row.note)}: ${row.note}`);
      } else {
        problems.push(`stored but never sent: ${row.note}`);
      }
    }
    for (const [note] of load.acknowledged) if (!byNote.has(note)) problems.push(`acknowledged but lost: ${note}`);
    stored += rows.length;
  }
  return {
    stored,
    acknowledged: loads.reduce((sum, load) => sum + load.acknowledged.size, 0),
    uncertainStored,
    uncertain: loads.reduce((sum, load) => sum + load.uncertain.size, 0),
    problems: problems.slice(0, 50),
  };
}
