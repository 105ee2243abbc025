/**
 * The links of a trust scan as a file to keep: the server shows them once, so the page builds the
 * CSV from that one answer instead of asking again (a second request would make new links).
 * The columns match the server's own `?format=csv`: `link`, `segment`.
 */
export interface IssuedLink {
  readonly url: string;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text: a header, then one line per link with the segment's name (empty for the whole group). */
export function linksCsv(links: readonly IssuedLink[], segment: string | null): string {
  const rows = [['link', 'segment'], ...links.map((link) => [link.url, segment ?? ''])];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name that says which scan the links belong to, safe on every system. */
export function linksFileName(title: string, segment: string | null): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  const parts = [slug(title) || 'scan', segment ? slug(segment) : '', 'links'].filter((part) => part !== '');
  return `${parts.join('-')}.csv`;
}
