import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountReading } from '../../api/schemas.ts';
import { BAND_COLOR } from '../bands.ts';
import { useFormat } from '../format.ts';

const DIMENSIONS = ['intentional', 'professional', 'contractual'] as const;

/**
 * The three legs of the tripod, compact: a letter, the leg's trust level and a thin bar. A leg
 * whose reading is uncertain is drawn dashed and grey, so it never reads as a firm figure.
 */
export function TripodLegs({ legs }: { legs: AccountReading['legs'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="tl-legs">
      {DIMENSIONS.map((dimension) => {
        const leg = legs[dimension];
        const label = t('stakeholders.leg', {
          dimension: t(`dimension.${dimension}`),
          trust: format.trust(leg.trustLevel),
          band: t(`band.${leg.band}`),
        });
        const color = BAND_COLOR[leg.band];
        return (
          <Tooltip key={dimension} label={label} withArrow openDelay={150}>
            <span
              className="tl-leg"
              data-band={leg.band}
              role="img"
              aria-label={label}
              style={{
                ['--leg-color' as string]: `var(--mantine-color-${color}-6)`,
                ['--leg-bg' as string]: `var(--mantine-color-${color}-light)`,
                ['--leg-level' as string]: `${Math.max(0, Math.min(100, leg.trustLevel))}%`,
              }}
            >
              <span className="tl-leg-letter">{t(`dimensionShort.${dimension}`)}</span>
              <span className="tl-leg-value">{format.trust(leg.trustLevel)}</span>
              <span className="tl-leg-bar" aria-hidden="true" />
            </span>
          </Tooltip>
        );
      })}
    </div>
  );
}
