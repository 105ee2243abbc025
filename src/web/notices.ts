import { useSyncExternalStore } from 'react';

/** Short confirmations ("entry recorded") shown for a few seconds in a corner of the page. */
export interface Notice {
  readonly id: number;
  readonly title: string;
  readonly message: string;
}

const SHOWN_MS = 5000;
let notices: readonly Notice[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Notice[]): void {
  notices = next;
  for (const listener of [...listeners]) listener();
}

export function dismissNotice(id: number): void {
  publish(notices.filter((notice) => notice.id !== id));
}

export function notify(title: string, message = ''): void {
  const id = nextId++;
  publish([...notices, { id, title, message }]);
  window.setTimeout(() => dismissNotice(id), SHOWN_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(subscribe, () => notices);
}
