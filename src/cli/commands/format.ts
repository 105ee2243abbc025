import type { Reading } from '../../domain/account-reading.ts';

export function formatTrust(reading: Pick<Reading, 'trustLevel' | 'band'>): string {
  return `${reading.trustLevel.toFixed(0)} (${reading.band})`;
}

export function formatSigned(value: number): string {
  const fixed = value.toFixed(1);
  return value > 0 && fixed !== '0.0' ? `+${fixed}` : fixed === '-0.0' ? '0.0' : fixed;
}
