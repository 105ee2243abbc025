import { Group, Text } from '@mantine/core';
import type { Reading } from '../../api/schemas.ts';
import { useFormat } from '../format.ts';
import { BandBadge } from './BandBadge.tsx';

/** A reading's trust level (0–100, whole) beside its band. */
export function TrustFigure({ reading }: { reading: Pick<Reading, 'trustLevel' | 'band'> }) {
  const format = useFormat();
  return (
    <Group gap={8} wrap="nowrap">
      <Text component="span" fw={600} className="tl-number tl-trust" c={reading.band === 'uncertain' ? 'dimmed' : undefined}>
        {format.trust(reading.trustLevel)}
      </Text>
      <BandBadge band={reading.band} />
    </Group>
  );
}
