import type { RelationView } from '../../app/read-accounts.ts';
import { UsageError } from '../session.ts';

/** A stakeholder named on the command line: its id, its exact name, or a unique part of it. */
export function findRelation(relations: readonly RelationView[], wanted: string): RelationView {
  const lower = wanted.toLowerCase();
  const exact = relations.filter((r) => r.stakeholder.id === wanted || r.stakeholder.name.toLowerCase() === lower);
  const matches = exact.length > 0 ? exact : relations.filter((r) => r.stakeholder.name.toLowerCase().includes(lower));
  if (matches.length === 0) throw new UsageError(`No stakeholder matches "${wanted}".`);
  if (matches.length > 1) {
    throw new UsageError(`"${wanted}" matches ${matches.length} stakeholders: ${matches.map((m) => m.stakeholder.name).join(', ')}. Be more precise.`);
  }
  return matches[0]!;
}
