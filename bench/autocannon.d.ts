/** The part of autocannon 8 the API benchmark uses; the package ships no types of its own. */
declare module 'autocannon' {
  interface Options {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    readonly headers?: Record<string, string>;
    readonly warmup?: { readonly connections?: number; readonly duration?: number };
  }

  interface Result {
    readonly requests: { readonly average: number; readonly total: number };
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
  }

  interface Run extends PromiseLike<Result> {
    /** Every response of the measured run (not the warm-up): its status and latency in ms. */
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): this;
  }

  export default function autocannon(options: Options): Run;
}
