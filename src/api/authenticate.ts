import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { tokenFor } from '../app/api-tokens.ts';
import { actingAs, type AppContext } from '../app/context.ts';
import { sessionUser } from '../app/sign-in.ts';
import type { ApiEnv } from './api-env.ts';
import { problem } from './problem.ts';

export const SESSION_COOKIE = 'tl_session';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write carried by a cookie must come from our own pages. Browsers say where a request comes
 * from in `Sec-Fetch-Site` and `Origin`; a cross-site form post says `cross-site` or a foreign
 * origin and is refused. Token-authenticated calls carry no ambient credential, so they need no
 * such check.
 */
function crossSite(headers: Headers, requestUrl: string): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return true;
  const origin = headers.get('origin');
  return origin !== null && origin !== new URL(requestUrl).origin;
}

/** Finds out who is calling and gives the routes a context acting as them. */
export function authenticate(ctx: AppContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set('principal', null);
    c.set('ctx', ctx);
    const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer !== undefined) {
      const token = await tokenFor(ctx, bearer);
      if (!token) return problem(c, 401, 'unauthenticated', 'The API token is not valid', 'It may have been revoked.');
      c.set('principal', { kind: 'token', token });
      c.set('ctx', actingAs(ctx, { userId: null, tokenId: token.id }));
      return next();
    }
    const sessionToken = getCookie(c, SESSION_COOKIE);
    if (sessionToken !== undefined) {
      if (UNSAFE.has(c.req.method) && crossSite(c.req.raw.headers, c.req.url)) {
        return problem(c, 403, 'cross-site', 'Cross-site request refused', 'Writes are only accepted from Trust Ledger’s own pages.');
      }
      const signedIn = await sessionUser(ctx, sessionToken);
      if (signedIn) {
        c.set('principal', { kind: 'user', sessionToken, ...signedIn });
        c.set('ctx', actingAs(ctx, { userId: signedIn.user.id, tokenId: null }));
      }
    }
    return next();
  };
}
