import { Text } from '@mantine/core';
import { useFormat } from '../format.ts';

/** A balance with one decimal and its sign; negative in red, so a leak stands out. */
export function BalanceFigure({ value, size = 'sm', weight }: { value: number; size?: 'sm' | 'md' | 'inherit'; weight?: number }) {
  const format = useFormat();
  const negative = Math.round(value * 10) < 0; // as shown: −0.04 reads 0.0, not a leak
  return (
    <Text component="span" fz={size} fw={weight} className="tl-number" c={negative ? 'red.9' : undefined}>
      {format.balance(value)}
    </Text>
  );
}
