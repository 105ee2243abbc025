import type { TFunction } from 'i18next';
import { useSyncExternalStore } from 'react';

/** A notice's words, put into the current language each time they are shown: a switch of language reaches them too. */
export type Words = (t: TFunction) => string;

/** Short confirmations ("entry recorded") shown for a few seconds in a corner of the page. */
export interface Notice {
  readonly id: number;
  readonly title: Words;
  readonly message: Words | null;
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

export function notify(title: Words, message: Words | null = null): void {
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
