/**
 * Whether an address is an invitation link or a password reset link, whose pages show whether or
 * not someone is signed in, or a survey link, whose page stands apart from the application (no
 * header, no session); every other page needs a session (the router, router.tsx, decides which
 * page it is).
 */
export type Route =
  | { readonly kind: 'app' }
  | { readonly kind: 'invite'; readonly token: string }
  | { readonly kind: 'reset'; readonly token: string }
  | { readonly kind: 'respond'; readonly token: string };

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function readRoute(pathname: string): Route {
  const match = /^\/(invite|reset|respond)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return { kind: 'app' };
  return { kind: match[1] as 'invite' | 'reset' | 'respond', token: decoded(match[2]!) };
}
