import type { Organisation, Overview, Page, Problem, Relation } from '../api/schemas.ts';

/**
 * The page's only way to the server: JSON over HTTP under /api/v1. Errors come back as an
 * ApiError that says whether the server could not be reached at all or answered with a problem.
 */
const BASE = '/api/v1';

export type ApiErrorKind = 'unreachable' | 'http';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number | null = null,
    readonly problem: Problem | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('unreachable', `GET ${path}: ${String(error)}`);
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const problem = isProblem(body) ? body : null;
    // A proxy in front of a stopped server (the Vite dev server) answers 502–504.
    const kind: ApiErrorKind = response.status >= 502 && response.status <= 504 && !problem ? 'unreachable' : 'http';
    throw new ApiError(kind, `GET ${path}: ${response.status} ${problem?.title ?? response.statusText}`, response.status, problem);
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError('http', `GET ${path}: the answer is not JSON`, response.status);
  }
}

/** Follows `nextCursor` until the last page and returns every item. */
async function getAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  const separator = path.includes('?') ? '&' : '?';
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `${separator}cursor=${encodeURIComponent(cursor)}`;
    const page: Page<T> = await getJson<Page<T>>(`${path}${suffix}`, signal);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return items;
}

export function listOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  return getAll<Organisation>('/organisations', signal);
}

export function getOverview(organisationId: string, signal?: AbortSignal): Promise<Overview> {
  return getJson<Overview>(`/organisations/${encodeURIComponent(organisationId)}/overview`, signal);
}

export function listRelations(organisationId: string, signal?: AbortSignal): Promise<Relation[]> {
  return getAll<Relation>(`/organisations/${encodeURIComponent(organisationId)}/relations?limit=200`, signal);
}
