/**
 * A trust scan's life (DESIGN.md, "Trust scan"): a `draft` is prepared and can change; an `open`
 * scan takes answers through its links; a `closed` one takes none and shows its results. A scan
 * open past its close date is closed, whether or not someone closed it.
 */
import type { IsoDate } from './calendar.ts';

export const SCAN_STATUSES = ['draft', 'open', 'closed'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

/** Whom a scan asks: one stakeholder, a category of stakeholders, or a named group of them. */
export const TARGET_TYPES = ['stakeholder', 'category', 'group'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export function effectiveStatus(scan: { readonly status: ScanStatus; readonly closesOn: IsoDate }, today: IsoDate): ScanStatus {
  return scan.status === 'open' && today > scan.closesOn ? 'closed' : scan.status;
}
