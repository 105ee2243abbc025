/**
 * Slows down password guessing: after too many failed sign-ins for one email, or from one
 * address, further attempts are refused for a while. Kept in memory: it protects one server
 * process, which is what the embedded deployment is.
 */
export interface ThrottleOptions {
  readonly maxFailures: number;
  readonly windowMs: number;
}

export const PER_EMAIL: ThrottleOptions = { maxFailures: 5, windowMs: 15 * 60_000 };
export const PER_ADDRESS: ThrottleOptions = { maxFailures: 30, windowMs: 15 * 60_000 };

export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly options: ThrottleOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const record = this.failures.get(key);
    if (!record) return 0;
    const elapsed = this.now() - record.since;
    if (elapsed >= this.options.windowMs) {
      this.failures.delete(key);
      return 0;
    }
    return record.count >= this.options.maxFailures ? Math.ceil((this.options.windowMs - elapsed) / 1000) : 0;
  }

  fail(key: string): void {
    const record = this.failures.get(key);
    if (!record || this.now() - record.since >= this.options.windowMs) this.failures.set(key, { count: 1, since: this.now() });
    else record.count += 1;
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
