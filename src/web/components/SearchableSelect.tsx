import { Select, type SelectProps } from '@mantine/core';

/**
 * A Select one types into, for keyboard use: the first option that matches is highlighted as the
 * list opens and as one types, so Enter picks it. Left to itself, Mantine re-reads the highlight
 * on a timer as the list opens, and an Enter that lands before the timer submits the form instead.
 */
export function SearchableSelect(props: Omit<SelectProps, 'searchable' | 'selectFirstOptionOnChange' | 'selectFirstOptionOnDropdownOpen'>) {
  return <Select {...props} searchable selectFirstOptionOnChange selectFirstOptionOnDropdownOpen />;
}
