import { useCallback, useSyncExternalStore } from 'react';

/**
 * The page's few addresses, read from `location.pathname`: `/invite/<token>` opens an invitation,
 * anything else is the application. No router: one switch is all there is.
 */
export type Route = { readonly kind: 'app' } | { readonly kind: 'invite'; readonly token: string };

export function readRoute(pathname: string): Route {
  const match = /^\/invite\/([^/]+)\/?$/.exec(pathname);
  if (match) {
    try {
      return { kind: 'invite', token: decodeURIComponent(match[1]!) };
    } catch {
      return { kind: 'invite', token: match[1]! };
    }
  }
  return { kind: 'app' };
}

const NAVIGATED = 'trust-ledger:navigated';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const pathname = () => window.location.pathname;

/** The current route and a way to go elsewhere; `replace` keeps a used link out of the history. */
export function useRoute(): { route: Route; navigate: (path: string, options?: { replace?: boolean }) => void } {
  const path = useSyncExternalStore(subscribe, pathname);
  const navigate = useCallback((to: string, options: { replace?: boolean } = {}) => {
    if (options.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    window.dispatchEvent(new Event(NAVIGATED));
  }, []);
  return { route: readRoute(path), navigate };
}
