/**
 * True when PostgreSQL refused a text value it cannot hold: a NUL character (22021) or one its
 * encoding cannot represent (22P05). SQLite stores such text; PostgreSQL refuses it, as a
 * request's fault rather than the server's.
 */
export function isUnstorableText(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === '22021' || code === '22P05';
}
