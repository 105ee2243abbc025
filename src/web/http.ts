import type { Problem } from '../api/schemas.ts';

/**
 * The page's only way to the server: JSON over HTTP under /api/v1, same origin, with the session
 * cookie the browser sends by itself. Errors come back as an ApiError that says whether the server
 * could not be reached at all or answered with a problem (RFC 9457).
 */
const BASE = '/api/v1';

export type ApiErrorKind = 'unreachable' | 'http';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly problem: Problem | null = null,
    /** Seconds from the `Retry-After` header of a 429 or 503, when the server sent one. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const at = Date.parse(header); // the HTTP-date form
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}

// ── A lost session ───────────────────────────────────────────────────────────
type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Called whenever a request made on the user's behalf is answered 401: the session has ended. */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /**
   * Whether a 401 means the session ended. Signing in, setting up and asking who is signed in
   * answer 401 as part of their normal work: they pass `false`.
   */
  readonly needsSession?: boolean;
}

/** One request; resolves to the JSON answer, or `undefined` for 204 No Content. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const label = `${method} ${path}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError('unreachable', `${label}: ${String(error)}`);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const problem = isProblem(body) ? body : null;
    // A proxy in front of a stopped server (the Vite dev server) answers 502–504.
    const kind: ApiErrorKind = response.status >= 502 && response.status <= 504 && !problem ? 'unreachable' : 'http';
    if (response.status === 401 && options.needsSession !== false) {
      for (const listener of [...sessionLostListeners]) listener();
    }
    throw new ApiError(
      kind,
      `${label}: ${response.status} ${problem?.title ?? response.statusText}`,
      response.status,
      problem,
      retryAfter(response),
    );
  }
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError('http', `${label}: the answer is not JSON`, response.status);
  }
}

export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>(path, { signal });
}
