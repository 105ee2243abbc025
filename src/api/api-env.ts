import type { AppContext } from '../app/context.ts';
import type { SignedIn } from '../app/sign-in.ts';
import type { Role } from '../domain/roles.ts';
import type { ApiTokenRecord } from '../store/api-tokens.ts';

/** Who made a request: a signed-in user (session cookie) or an API token (bearer). */
export type Principal =
  | ({ readonly kind: 'user'; readonly sessionToken: string } & SignedIn)
  | { readonly kind: 'token'; readonly token: ApiTokenRecord };

/** What the middleware hands to routes: the caller, and a use-case context acting as them. */
export interface ApiEnv {
  Variables: {
    principal: Principal | null;
    ctx: AppContext;
    /** The caller's role in the organisation of the path, once authorised. */
    role: Role;
  };
}
