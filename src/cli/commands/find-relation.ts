import type { RelationView } from '../../app/read-accounts.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Something named on the command line: by its id, its exact name (any case), or a part of the
 * name that only it has.
 */
export function findNamed<T>(items: readonly T[], wanted: string, what: string, id: (item: T) => string, name: (item: T) => string): T {
  const lower = wanted.toLowerCase();
  const exact = items.filter((item) => id(item) === wanted || name(item).toLowerCase() === lower);
  const matches = exact.length > 0 ? exact : items.filter((item) => name(item).toLowerCase().includes(lower));
  if (matches.length === 0) throw new UsageError(`No ${what} matches "${wanted}".`);
  if (matches.length > 1) {
    throw new UsageError(`"${wanted}" matches ${matches.length} ${what}s: ${matches.map(name).join(', ')}. Be more precise.`);
  }
  return matches[0]!;
}

/** A stakeholder named on the command line: its id, its exact name, or a unique part of it. */
export function findRelation(relations: readonly RelationView[], wanted: string): RelationView {
  return findNamed(relations, wanted, 'stakeholder', (r) => r.stakeholder.id, (r) => r.stakeholder.name);
}
