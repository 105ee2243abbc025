import type { Scan } from '../../api/scan-schemas.ts';

/** A closed scan's results. Placeholder until the results view lands. */
export function ScanResults(_props: { organisationId: string; scan: Scan; canEdit: boolean }) {
  return null;
}
