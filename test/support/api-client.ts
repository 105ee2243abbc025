import type { Hono } from 'hono';

export interface ApiResponse<T> {
  readonly status: number;
  readonly type: string;
  readonly headers: Headers;
  readonly body: T;
}

/**
 * Calls the API in-process as one caller: a browser session (its cookie, kept between calls) or
 * an API token. Bodies that are strings are sent as they are (for malformed JSON).
 */
export class ApiClient {
  private cookie: string | null = null;

  constructor(
    private readonly app: Hono,
    private readonly bearer: string | null = null,
  ) {}

  async call<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const sent: Record<string, string> = { ...headers };
    if (this.cookie !== null) sent.cookie = this.cookie;
    if (this.bearer !== null) sent.authorization = `Bearer ${this.bearer}`;
    if (body !== undefined) sent['content-type'] ??= 'application/json';
    const response = await this.app.request(path.startsWith('/api/') || path.startsWith('/healthz') || path.startsWith('/readyz') ? path : `/api/v1${path}`, {
      method,
      headers: sent,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, body: parsed as T };
  }

  /** A GET as the response itself, for bodies that are not JSON (a PDF, an HTML page). */
  async raw(method: string, path: string): Promise<Response> {
    const sent: Record<string, string> = {};
    if (this.cookie !== null) sent.cookie = this.cookie;
    if (this.bearer !== null) sent.authorization = `Bearer ${this.bearer}`;
    return this.app.request(`/api/v1${path}`, { method, headers: sent });
  }

  /** Signs in through the API; throws when that fails. */
  async signIn(email: string, password: string): Promise<this> {
    const result = await this.call('POST', '/auth/login', { email, password });
    if (result.status !== 200) throw new Error(`sign-in as ${email} failed: ${result.status} ${JSON.stringify(result.body)}`);
    return this;
  }
}
