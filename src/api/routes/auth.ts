import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { ResetLinkError, WrongPasswordError } from '../../app/errors.ts';
import { acceptInvitation, describeInvitation } from '../../app/members.ts';
import { resetPassword } from '../../app/password-reset.ts';
import { changePassword, openSession, SESSION_DAYS, signedInUser, signIn, signOut, WrongCredentialsError } from '../../app/sign-in.ts';
import { setUp, setupNeeded } from '../../app/setup.ts';
import type { ApiEnv } from '../api-env.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { LoginThrottle, PER_ADDRESS, PER_EMAIL } from '../login-throttle.ts';
import { ProblemError } from '../problem.ts';
import {
  AcceptInvitationSchema,
  ChangePasswordSchema,
  InvitationPreviewSchema,
  ResetPasswordSchema,
  MyOrganisationSchema,
  SessionSchema,
  SetUpSchema,
  SignInSchema,
  UserSchema,
} from '../schemas.ts';
import { conflictResponse, errorResponses, jsonBody, jsonResponse, secured } from './common.ts';

const tooMany = { 429: { content: { 'application/problem+json': { schema: z.object({}).passthrough() } }, description: 'Too many failed attempts; see Retry-After' } };

const setupState = createRoute(
  secured('public', {
    method: 'get',
    path: '/setup',
    tags: ['Access'],
    summary: 'Whether Trust Ledger still needs its first owner',
    responses: { 200: jsonResponse(z.object({ needed: z.boolean() }), 'Set-up state') },
  }),
);

const setupRoute = createRoute(
  secured('public', {
    method: 'post',
    path: '/setup',
    tags: ['Access'],
    summary: 'First run: create the first organisation and its owner',
    description: 'Only on an empty database. Signs the new owner in.',
    request: { body: jsonBody(SetUpSchema) },
    responses: {
      201: jsonResponse(z.object({ user: UserSchema, organisation: MyOrganisationSchema }), 'Set up'),
      ...errorResponses,
      ...conflictResponse,
    },
  }),
);

const login = createRoute(
  secured('public', {
    method: 'post',
    path: '/auth/login',
    tags: ['Access'],
    summary: 'Sign in',
    description: 'Sets an HTTP-only, SameSite=Strict session cookie. The same answer for an unknown email and a wrong password.',
    request: { body: jsonBody(SignInSchema) },
    responses: { 200: jsonResponse(SessionSchema, 'Signed in'), ...errorResponses, ...tooMany },
  }),
);

const logout = createRoute(
  secured('public', {
    method: 'post',
    path: '/auth/logout',
    tags: ['Access'],
    summary: 'Sign out',
    responses: { 204: { description: 'Signed out' } },
  }),
);

const session = createRoute(
  secured('signed-in', {
    method: 'get',
    path: '/auth/session',
    tags: ['Access'],
    summary: 'Who is signed in, and their organisations',
    responses: { 200: jsonResponse(SessionSchema, 'The session'), ...errorResponses },
  }),
);

const passwordRoute = createRoute(
  secured('signed-in', {
    method: 'post',
    path: '/auth/password',
    tags: ['Access'],
    summary: 'Change your password',
    description: 'Signs you out everywhere else.',
    request: { body: jsonBody(ChangePasswordSchema) },
    responses: { 204: { description: 'Changed' }, ...errorResponses },
  }),
);

const passwordResetRoute = createRoute(
  secured('public', {
    method: 'post',
    path: '/auth/password-reset',
    tags: ['Access'],
    summary: 'Choose a new password with a reset link',
    description:
      'The link (/reset/{token}, single-use, valid 24 hours) is issued on the server with `trust-ledger user reset-password`; there is no route to ask for one. ' +
      'Every session of the account ends; sign in with the new password. An unknown, used or expired link gets one and the same 400 answer (`reset-link-invalid`), ' +
      'and counts as a failed sign-in from this address.',
    request: { body: jsonBody(ResetPasswordSchema) },
    responses: { 204: { description: 'The password is replaced' }, ...errorResponses, ...tooMany },
  }),
);

const InvitationParams = z.object({ token: z.string().min(10).max(200) });

const invitation = createRoute(
  secured('public', {
    method: 'get',
    path: '/invitations/{token}',
    tags: ['Access'],
    summary: 'What an invitation link offers',
    request: { params: InvitationParams },
    responses: {
      200: jsonResponse(InvitationPreviewSchema, 'The invitation'),
      ...errorResponses,
    },
  }),
);

const accept = createRoute(
  secured('public', {
    method: 'post',
    path: '/invitations/{token}/accept',
    tags: ['Access'],
    summary: 'Accept an invitation',
    description: 'As a new user, or as an existing one with their password. The link then stops working. Signs the user in.',
    request: { params: InvitationParams, body: jsonBody(AcceptInvitationSchema) },
    responses: { 200: jsonResponse(SessionSchema, 'Joined and signed in'), ...errorResponses },
  }),
);

function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function authRoutes(api: OpenAPIHono<ApiEnv>): void {
  const perEmail = new LoginThrottle(PER_EMAIL);
  const perAddress = new LoginThrottle(PER_ADDRESS);

  /**
   * Every route that checks a password or a reset link shares one throttle: accepting an
   * invitation as an existing account, changing one's password and trying reset links would
   * otherwise let one guess past the sign-in limit. A reset names no email: only its address counts.
   */
  async function throttled<T>(c: Context, email: string | null, attempt: () => Promise<T>): Promise<T> {
    const emailKey = email === null ? null : email.trim().toLowerCase();
    const address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'direct';
    const wait = Math.max(emailKey === null ? 0 : perEmail.retryAfter(emailKey), perAddress.retryAfter(address));
    if (wait > 0) {
      throw new ProblemError(429, 'too-many-attempts', 'Too many failed sign-ins', `Wait ${Math.ceil(wait / 60)} minute(s) before trying again.`, {
        'Retry-After': String(wait),
      });
    }
    try {
      const result = await attempt();
      if (emailKey !== null) perEmail.succeed(emailKey);
      return result;
    } catch (error) {
      if (error instanceof WrongCredentialsError || error instanceof WrongPasswordError || error instanceof ResetLinkError) {
        if (emailKey !== null) perEmail.fail(emailKey);
        perAddress.fail(address);
      }
      throw error;
    }
  }

  api.openapi(setupState, async (c) => c.json({ needed: await setupNeeded(c.var.ctx) }, 200));
  api.openapi(setupRoute, async (c) => {
    const { user, organisation } = await setUp(c.var.ctx, c.req.valid('json'));
    setSessionCookie(c, (await openSession(c.var.ctx, user.id)).token);
    return c.json({ user, organisation: { ...organisation, role: 'owner' as const } }, 201);
  });
  api.openapi(login, async (c) => {
    const { email, password: given } = c.req.valid('json');
    try {
      const signedIn = await throttled(c, email, () => signIn(c.var.ctx, { email, password: given }));
      setSessionCookie(c, signedIn.token);
      return c.json({ user: signedIn.user, memberships: signedIn.memberships }, 200);
    } catch (error) {
      if (!(error instanceof WrongCredentialsError)) throw error;
      throw new ProblemError(401, 'wrong-credentials', 'Email or password is not right');
    }
  });
  api.openapi(logout, async (c) => {
    const principal = c.var.principal;
    if (principal?.kind === 'user') await signOut(c.var.ctx, principal.sessionToken);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  api.openapi(session, async (c) => {
    const principal = c.var.principal;
    if (principal?.kind !== 'user') throw new ProblemError(401, 'unauthenticated', 'Sign in first');
    return c.json({ user: principal.user, memberships: principal.memberships }, 200);
  });
  api.openapi(passwordRoute, async (c) => {
    const principal = c.var.principal;
    if (principal?.kind !== 'user') throw new ProblemError(401, 'unauthenticated', 'Sign in first');
    const input = c.req.valid('json');
    await throttled(c, principal.user.email, () => changePassword(c.var.ctx, { userId: principal.user.id, currentToken: principal.sessionToken, ...input }));
    return c.body(null, 204);
  });
  api.openapi(passwordResetRoute, async (c) => {
    const { email } = await throttled(c, null, () => resetPassword(c.var.ctx, c.req.valid('json')));
    // The person proved their account with the operator's link: guesses at it no longer hold them up.
    perEmail.succeed(email.trim().toLowerCase());
    return c.body(null, 204);
  });
  api.openapi(invitation, async (c) => c.json(await describeInvitation(c.var.ctx, c.req.valid('param').token), 200));
  api.openapi(accept, async (c) => {
    const input = c.req.valid('json');
    const { userId } = await throttled(c, input.email, () => acceptInvitation(c.var.ctx, c.req.valid('param').token, input));
    setSessionCookie(c, (await openSession(c.var.ctx, userId)).token);
    const signedIn = await signedInUser(c.var.ctx, userId);
    return c.json({ user: signedIn.user, memberships: signedIn.memberships }, 200);
  });
}
