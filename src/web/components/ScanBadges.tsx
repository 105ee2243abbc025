import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScanStatus, SurveyKind } from '../scans-api.ts';

const STATUS_COLOR: Record<ScanStatus, string> = { draft: 'gray', open: 'green', closed: 'blue' };

/** Where a scan is in its life: prepared, taking answers, or closed with its results. */
export function ScanStatusBadge({ status }: { status: ScanStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" size="sm" radius="sm" tt="none" className="tl-scan-badge" data-status={status} data-testid="scan-status">
      {t(`scans.status.${status}`)}
    </Badge>
  );
}

/** Whose trust a scan measures: received (theirs in us), given (ours in them) or self-trust. */
export function ScanKindBadge({ kind }: { kind: SurveyKind }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" size="sm" radius="sm" tt="none" className="tl-scan-badge" data-kind={kind}>
      {t(`scans.kind.${kind}`)}
    </Badge>
  );
}
