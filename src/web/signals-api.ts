import type { Acknowledgement, Signal } from '../api/schemas.ts';
import { request } from './http.ts';

/** What needs attention in an organisation (`/organisations/{id}/signals`), and acknowledging one. */
export type { Acknowledgement, Signal } from '../api/schemas.ts';

export const SIGNAL_KINDS = [
  'negative_balance',
  'weak_leg',
  'unknown_leg',
  'small_incidents',
  'recurring_foundation',
  'culture_pattern',
  'reciprocity_gap',
  'fading',
  'scope_ahead_of_phase',
] as const satisfies readonly Signal['kind'][];
export type SignalKind = Signal['kind'];
export type Severity = Signal['severity'];

const signals = (organisationId: string) => `/organisations/${encodeURIComponent(organisationId)}/signals`;

export async function listSignals(organisationId: string, signal?: AbortSignal): Promise<Signal[]> {
  const inbox = await request<{ items: Signal[] }>(signals(organisationId), { signal });
  return inbox.items;
}

export function acknowledgeSignal(organisationId: string, input: { key: string; note?: string }): Promise<Acknowledgement> {
  return request<Acknowledgement>(`${signals(organisationId)}/acknowledgements`, { method: 'POST', body: input });
}
