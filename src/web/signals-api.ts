import type { Acknowledgement, Signal } from '../api/schemas.ts';
import { request } from './http.ts';

/** What needs attention in an organisation (`/organisations/{id}/signals`), and acknowledging one. */
export type { Acknowledgement, Signal } from '../api/schemas.ts';

// The kinds in the model's order; the domain is pure, so the page may share its list.
export { SIGNAL_KINDS } from '../domain/signal-model.ts';
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
