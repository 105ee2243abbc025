import { SimpleGrid } from '@mantine/core';
import type { Overview } from '../../api/schemas.ts';
import { DirectionCard } from './DirectionCard.tsx';

/** The organisation at a glance: trust received beside trust given. */
export function OverviewHeader({ overview }: { overview: Overview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <DirectionCard overview={overview} direction="received" />
      <DirectionCard overview={overview} direction="given" />
    </SimpleGrid>
  );
}
