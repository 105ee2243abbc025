/**
 * Whether an error means the database cannot be reached for the moment — restarting, down, out
 * of connections, or (SQLite) locked by another process beyond the busy timeout — rather than that
 * the request or the code is wrong. Such a request may succeed when tried again: the API answers
 * 503 with Retry-After instead of 500 (api/problem.ts), and the connection pool replaces the
 * broken connections by itself (store/connect.ts).
 */

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown (a restart or a
 * stop), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections.
 */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const POSTGRES_CONNECTION_CLASS = '08';
/** Node's socket errors on the way to the server. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** What node-postgres says when a connection ends under it or cannot be had in time. */
const POSTGRES_CLIENT_MESSAGES = [
  /^Connection terminated/,
  /not queryable/,
  /timeout exceeded when trying to connect/,
  /^Connection terminated due to connection timeout/,
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (POSTGRES_CODES.has(code) || (code.length === 5 && code.startsWith(POSTGRES_CONNECTION_CLASS))) return true;
    if (SOCKET_CODES.has(code)) return true;
    // SQLITE_BUSY and its extended codes: another process held the write lock past busy_timeout.
    if (code.startsWith('SQLITE_BUSY')) return true;
  }
  if (typeof message === 'string' && POSTGRES_CLIENT_MESSAGES.some((pattern) => pattern.test(message))) return true;
  // Node reports a refused connection to every address of a host as an AggregateError.
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return cause !== undefined && isDatabaseUnavailable(cause, depth + 1);
}
