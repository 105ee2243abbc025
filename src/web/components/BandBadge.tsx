import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BAND_COLOR, type Band } from '../bands.ts';

/** The verdict of a reading as a coloured word; an uncertain reading is grey and dashed, never a verdict. */
export function BandBadge({ band }: { band: Band }) {
  const { t } = useTranslation();
  const uncertain = band === 'uncertain';
  return (
    <Badge
      color={BAND_COLOR[band]}
      variant={uncertain ? 'outline' : 'light'}
      size="sm"
      radius="sm"
      tt="none"
      className={uncertain ? 'tl-band tl-uncertain-badge' : 'tl-band'}
      data-band={band}
    >
      {t(`band.${band}`)}
    </Badge>
  );
}
