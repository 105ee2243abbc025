import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../api/schemas.ts';
import { useCategoryLabel } from './labels.ts';
import type { Scan } from './scans-api.ts';

/**
 * Whom a scan asks, in words: the stakeholder's name, the category's name, or the group's own
 * name. The server keeps only ids and keys, so the names come from the stakeholders.
 */
export function useTargetLabel(stakeholders: readonly Stakeholder[] | undefined): (target: Scan['target']) => string {
  const { t } = useTranslation();
  const categoryLabel = useCategoryLabel();
  return useCallback(
    (target: Scan['target']) => {
      if (target.type === 'category') return categoryLabel(target.value);
      if (target.type === 'group') return target.value;
      return stakeholders?.find((s) => s.id === target.value)?.name ?? t('scans.target.unknownStakeholder');
    },
    [stakeholders, categoryLabel, t],
  );
}

/** The names of the stakeholders a scan covers, in the order of the language. */
export function memberNames(members: readonly string[], stakeholders: readonly Stakeholder[] | undefined, compare: (a: string, b: string) => number): string[] {
  const byId = new Map((stakeholders ?? []).map((s) => [s.id, s.name]));
  return members.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])).sort(compare);
}
