import { isIsoDate, FIRST_DATE, type IsoDate } from '../domain/calendar.ts';
import { ValidationError } from './errors.ts';

/**
 * Checks use cases make themselves, whatever interface called them: the API's schemas catch the
 * same mistakes earlier with the same field names, the CLI relies on these.
 */

export function requireText(field: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new ValidationError([{ field, message: 'must not be empty' }]);
  if (trimmed.length > maxLength) {
    throw new ValidationError([{ field, message: `must be at most ${maxLength} characters` }]);
  }
  return trimmed;
}

export function requireRating(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 5) {
    throw new ValidationError([{ field, message: 'must be a whole number from 1 to 5' }]);
  }
  return value;
}

/** A past or present date: the ledger records what happened, not what may. */
export function requirePastDate(field: string, value: string, today: IsoDate): IsoDate {
  if (!isIsoDate(value)) throw new ValidationError([{ field, message: 'must be a date as YYYY-MM-DD' }]);
  if (value > today) throw new ValidationError([{ field, message: `must not be after today (${today})` }]);
  if (value < FIRST_DATE) throw new ValidationError([{ field, message: `must not be before ${FIRST_DATE}` }]);
  return value;
}

export function requireOneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ValidationError([{ field, message: `must be one of: ${allowed.join(', ')}` }]);
  }
  return value as T;
}
