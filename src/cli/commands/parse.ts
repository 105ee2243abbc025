import { UsageError } from '../usage-error.ts';

/** A whole-number option, or undefined when absent; anything else is the user's mistake. */
export function parseInteger(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new UsageError(`${option} must be a whole number, got "${value}"`);
  return Number(value);
}
