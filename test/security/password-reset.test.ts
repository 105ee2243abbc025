import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type AppContext } from '../../src/app/context.ts';
import { NotFoundError, ValidationError } from '../../src/app/errors.ts';
import { issuePasswordReset, resetPassword, RESET_HOURS } from '../../src/app/password-reset.ts';
import { hashSecret } from '../../src/app/secrets.ts';
import { createUser } from '../../src/app/setup.ts';
import { createApi } from '../../src/api/create-api.ts';
import { insertMembership } from '../../src/store/users.ts';
import { ApiClient } from '../support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';

/**
 * Password reset by a link the operator issues: it works once, ends every session, and an
 * unknown, used, voided or expired link gets one answer that says nothing of which. A weak
 * password is refused before anything is written, and trying links counts towards the sign-in
 * throttle.
 */
const PASSWORD = 'the old and forgotten one';
const NEW_PASSWORD = 'a fresh start at last';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

describe.each(DIALECTS)('password reset on %s', (dialect) => {
  let test: TestStore;
  let clock: Date;
  let ctx: AppContext;
  let app: ReturnType<typeof createApi>;
  let organisations: string[];
  let jefId: string;

  const reset = (body: unknown, address?: string) =>
    new ApiClient(app).call<Problem | null>('POST', '/auth/password-reset', body, address ? { 'x-forwarded-for': address } : {});
  const signIn = (email: string, password: string, address?: string) =>
    new ApiClient(app).call('POST', '/auth/login', { email, password }, address ? { 'x-forwarded-for': address } : {});
  const stored = (token: string) =>
    test.store.db.selectFrom('password_resets').selectAll().where('token_hash', '=', hashSecret(token)).executeTakeFirstOrThrow();

  beforeAll(async () => {
    test = await openTestStore(dialect);
    clock = new Date('2026-06-30T09:00:00Z');
    ctx = createContext(test.store, () => clock);
    app = createApi(ctx, { webRoot: null });
    const owner = new ApiClient(app);
    const setUp = await owner.call<{ organisation: { id: string } }>('POST', '/setup', {
      organisationName: 'Brouwerij De Klok', displayName: 'Lien Claes', email: 'lien@deklok.test', password: PASSWORD,
    });
    const second = await owner.call<{ id: string }>('POST', '/organisations', { name: 'Café De Klok' });
    organisations = [setUp.body.organisation.id, second.body.id];
    jefId = (await createUser(ctx, { displayName: 'Jef', email: 'jef@deklok.test', password: PASSWORD })).id;
    for (const organisationId of organisations) await insertMembership(test.store.db, organisationId, jefId, 'viewer', clock.toISOString());
  });
  afterAll(() => test.close());

  it('replaces the password once, ends every session, and audits it in each of the account’s organisations', async () => {
    const here = await new ApiClient(app).signIn('jef@deklok.test', PASSWORD);
    const elsewhere = await new ApiClient(app).signIn('jef@deklok.test', PASSWORD);
    const issued = await issuePasswordReset(ctx, ' JEF@deklok.test ');
    expect(issued.user).toMatchObject({ id: jefId, email: 'jef@deklok.test' });
    expect(issued.expiresAt).toBe('2026-07-01T09:00:00.000Z');
    // Only the hash is stored.
    const row = await stored(issued.token);
    expect(JSON.stringify(row)).not.toContain(issued.token);
    expect(row).toMatchObject({ user_id: jefId, used_at: null, voided_at: null });

    const done = await reset({ token: issued.token, newPassword: NEW_PASSWORD });
    expect(done.status).toBe(204);
    expect((await here.call('GET', '/auth/session')).status).toBe(401);
    expect((await elsewhere.call('GET', '/auth/session')).status).toBe(401);
    expect((await signIn('jef@deklok.test', PASSWORD)).status).toBe(401);
    expect((await signIn('jef@deklok.test', NEW_PASSWORD)).status).toBe(200);
    const hash = await test.store.db.selectFrom('users').select('password_hash').where('id', '=', jefId).executeTakeFirstOrThrow();
    expect(hash.password_hash).toMatch(/^\$argon2id\$/);
    expect((await stored(issued.token)).used_at).toBe(clock.toISOString());

    const owner = await new ApiClient(app).signIn('lien@deklok.test', PASSWORD);
    for (const organisationId of organisations) {
      const log = (await owner.call<{ items: { action: string; objectId: string; actorUserId: string | null; details: Record<string, unknown> }[] }>(
        'GET', `/organisations/${organisationId}/audit?limit=50`,
      )).body.items;
      const issue = log.find((r) => r.action === 'password_reset.issue')!;
      const use = log.find((r) => r.action === 'password_reset.use')!;
      expect(issue).toMatchObject({ objectId: jefId, actorUserId: null, details: { expiresAt: issued.expiresAt, voided: 0 } });
      expect(use).toMatchObject({ objectId: jefId, actorUserId: jefId });
      expect(JSON.stringify(log)).not.toContain(issued.token);
      expect(JSON.stringify(log)).not.toContain(row.token_hash);
    }
  });

  it('answers a used, unknown, voided or expired link alike, and writes nothing', async () => {
    const used = await issuePasswordReset(ctx, 'jef@deklok.test');
    expect((await reset({ token: used.token, newPassword: 'used once, and then' })).status).toBe(204);
    const voided = await issuePasswordReset(ctx, 'jef@deklok.test');
    const newer = await issuePasswordReset(ctx, 'jef@deklok.test');
    expect(newer.voided).toBe(1);
    const expired = await issuePasswordReset(ctx, 'lien@deklok.test');
    const before = await test.store.db.selectFrom('users').select(['id', 'password_hash']).orderBy('id').execute();

    clock = new Date(clock.getTime() + RESET_HOURS * 3_600_000);
    try {
      const answers = [];
      for (const token of [used.token, 'made-up-token-of-the-right-length-0123456789ab', voided.token, expired.token, newer.token, '']) {
        answers.push(await reset({ token, newPassword: 'whatever it may be' }));
      }
      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(answer.type).toContain('application/problem+json');
        expect(answer.body).toEqual(answers[0]!.body);
      }
      expect(answers[0]!.body).toMatchObject({ type: expect.stringMatching(/reset-link-invalid$/), title: 'This password reset link does not work' });
      expect(JSON.stringify(answers[0]!.body)).not.toMatch(/jef|lien|deklok/i);
    } finally {
      clock = new Date(clock.getTime() - RESET_HOURS * 3_600_000);
    }
    expect(await test.store.db.selectFrom('users').select(['id', 'password_hash']).orderBy('id').execute()).toEqual(before);
    expect((await stored(expired.token)).used_at).toBeNull();

    // One second before it expires, a link still works.
    clock = new Date(clock.getTime() + RESET_HOURS * 3_600_000 - 1000);
    try {
      await expect(resetPassword(ctx, { token: expired.token, newPassword: PASSWORD })).resolves.toMatchObject({ email: 'lien@deklok.test' });
    } finally {
      clock = new Date('2026-06-30T09:00:00Z');
    }
  });

  it('refuses a weak password at its field before looking at the link, and writes nothing', async () => {
    const issued = await issuePasswordReset(ctx, 'jef@deklok.test');
    const before = await test.store.db.selectFrom('users').select('password_hash').where('id', '=', jefId).executeTakeFirstOrThrow();
    for (const token of [issued.token, 'no such link at all']) {
      const weak = await reset({ token, newPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body!.errors).toEqual([{ field: 'newPassword', message: 'must be at least 10 characters' }]);
    }
    await expect(resetPassword(ctx, { token: issued.token, newPassword: 'short' })).rejects.toBeInstanceOf(ValidationError);
    expect(await test.store.db.selectFrom('users').select('password_hash').where('id', '=', jefId).executeTakeFirstOrThrow()).toEqual(before);
    expect((await stored(issued.token)).used_at).toBeNull();
    // The link is still good for a strong one.
    expect((await reset({ token: issued.token, newPassword: NEW_PASSWORD })).status).toBe(204);
  });

  it('lets only one of two uses at once through', async () => {
    const issued = await issuePasswordReset(ctx, 'jef@deklok.test');
    const results = await Promise.allSettled([
      resetPassword(ctx, { token: issued.token, newPassword: 'the first of two' }),
      resetPassword(ctx, { token: issued.token, newPassword: 'the second of two' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const winner = results[0]!.status === 'fulfilled' ? 'the first of two' : 'the second of two';
    expect((await signIn('jef@deklok.test', winner)).status).toBe(200);
    expect((await reset({ token: issued.token, newPassword: NEW_PASSWORD })).status).toBe(400);
    expect((await issuePasswordReset(ctx, 'jef@deklok.test')).voided).toBe(0);
    await resetPassword(ctx, { token: (await issuePasswordReset(ctx, 'jef@deklok.test')).token, newPassword: NEW_PASSWORD });
  });

  it('refuses an email no account has', async () => {
    await expect(issuePasswordReset(ctx, 'nobody@deklok.test')).rejects.toBeInstanceOf(NotFoundError);
    await expect(issuePasswordReset(ctx, 'nobody@deklok.test')).rejects.toThrow(/nobody@deklok\.test/);
  });

  it('counts wrong links towards the sign-in throttle of the address, both ways', async () => {
    const address = '203.0.113.7';
    const issued = await issuePasswordReset(ctx, 'jef@deklok.test');
    for (let i = 0; i < 15; i++) expect((await signIn(`nobody${i}@deklok.test`, 'a wrong guess', address)).status).toBe(401);
    for (let i = 0; i < 15; i++) expect((await reset({ token: `guessed-link-number-${i}`, newPassword: NEW_PASSWORD }, address)).status).toBe(400);
    const held = await reset({ token: issued.token, newPassword: 'now from here' }, address);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(held.body!.detail).toMatch(/minute/);
    expect((await stored(issued.token)).used_at).toBeNull();
    expect((await signIn('jef@deklok.test', NEW_PASSWORD, address)).status).toBe(429);
    // Another address is not held up by it.
    expect((await reset({ token: issued.token, newPassword: 'now from elsewhere' }, '198.51.100.2')).status).toBe(204);
  });

  it('lets a person whose email is locked by guesses sign in after a reset', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('jef@deklok.test', `guess ${i} at it`, '192.0.2.1')).status).toBe(401);
    expect((await signIn('jef@deklok.test', 'now from elsewhere', '192.0.2.2')).status).toBe(429);
    const issued = await issuePasswordReset(ctx, 'jef@deklok.test');
    expect((await reset({ token: issued.token, newPassword: NEW_PASSWORD }, '192.0.2.2')).status).toBe(204);
    expect((await signIn('jef@deklok.test', NEW_PASSWORD, '192.0.2.2')).status).toBe(200);
  });
});
