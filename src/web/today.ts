import { useOverview } from './queries.ts';

/** Today in the browser's own calendar, as YYYY-MM-DD. */
function browserToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Today as the server counts it (its overview's date), which decides what lies in the future;
 * the browser's own date until the server has answered.
 */
export function useToday(organisationId: string): string {
  return useOverview(organisationId).data?.asOf ?? browserToday();
}
