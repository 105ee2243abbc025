/**
 * Whether an address is an invitation link: its page shows whether or not someone is signed in,
 * every other page needs a session (the router, router.tsx, decides which page it is).
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
