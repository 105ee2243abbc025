import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/schemas.ts';
import { DIMENSIONS, FOUNDATIONS_BY_DIMENSION, type Foundation } from '../dimensions.ts';
import { TrustFigure } from './TrustFigure.tsx';

/** A rating's choices: unknown (nothing is known), then −2 … +2. */
const UNKNOWN = 'unknown';
const CHOICES = [UNKNOWN, '-2', '-1', '0', '1', '2'] as const;

export type Ratings = Partial<Record<Foundation, number>>;

/**
 * The reasoned part of weighing trust: per foundation what is known of the counterpart, −2 … +2
 * or unknown, grouped by the three legs, each group beside what the `given` account already holds
 * for that leg — so the rating adds to the evidence instead of repeating it.
 */
export function AssessmentEvidence({ account, ratings, onChange }: { account: Account | null; ratings: Ratings; onChange: (ratings: Ratings) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const label = (choice: (typeof CHOICES)[number]) =>
    choice === UNKNOWN ? t('decisions.assessmentForm.unknown') : Number(choice) > 0 ? `+${choice}` : choice === '0' ? '0' : `−${choice.slice(1)}`;
  return (
    <Stack gap="lg" data-testid="assessment-evidence">
      {DIMENSIONS.map((dimension) => {
        const leg = account?.reading.legs[dimension];
        return (
          <Stack key={dimension} gap="xs" className="tl-evidence-group">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Title order={4} fz="h5">
                {t(`dimension.${dimension}`)}
              </Title>
              <Group gap={6} data-testid={`given-leg-${dimension}`}>
                <Text fz="xs" c="dimmed">
                  {t('decisions.assessmentForm.givenLeg')}
                </Text>
                {leg ? <TrustFigure reading={leg} /> : <Text fz="xs">–</Text>}
              </Group>
            </Group>
            {FOUNDATIONS_BY_DIMENSION[dimension].map((foundation) => {
              const value = ratings[foundation];
              return (
                <div key={foundation} className="tl-rating-row">
                  <div>
                    <Text component="div" fz="sm" fw={500} id={`${ids}-${foundation}`}>
                      {t(`foundation.${foundation}`)}
                    </Text>
                    <Text component="div" fz="xs" c="dimmed" id={`${ids}-${foundation}-hint`}>
                      {t(`foundationHint.${foundation}`)}
                    </Text>
                  </div>
                  <SegmentedControl
                    size="xs"
                    aria-labelledby={`${ids}-${foundation}`}
                    aria-describedby={`${ids}-${foundation}-hint`}
                    value={value === undefined ? UNKNOWN : String(value)}
                    onChange={(choice) => {
                      const next = { ...ratings };
                      if (choice === UNKNOWN) delete next[foundation];
                      else next[foundation] = Number(choice);
                      onChange(next);
                    }}
                    data={CHOICES.map((choice) => ({ value: choice, label: label(choice) }))}
                    data-testid={`rating-${foundation}`}
                  />
                </div>
              );
            })}
          </Stack>
        );
      })}
      <Text fz="xs" c="dimmed">
        {t('decisions.assessmentForm.ratingKey')}
      </Text>
    </Stack>
  );
}
