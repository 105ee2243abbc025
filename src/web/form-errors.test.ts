import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkEmail, checkNewPassword, checkRepeat, checkRequired, hasErrors, problemErrors } from './form-errors.ts';
import { ApiError } from './http.ts';

/** A stand-in for i18next's `t` that returns the key (and the count), so the tests read the logic. */
const t = ((key: string, options?: { count?: number }) => (options?.count === undefined ? key : `${key}:${options.count}`)) as unknown as TFunction;

function problem(status: number, errors?: { field: string; message: string }[], detail?: string) {
  return new ApiError('http', 'test', status, { type: 'about:blank', title: 'The request is not valid', status, detail, errors });
}

describe('checks before sending', () => {
  it('wants required fields filled in', () => {
    expect(checkRequired(t, '  ')).toBe('form.required');
    expect(checkRequired(t, 'x')).toBeUndefined();
  });

  it('knows the shape of an email address', () => {
    expect(checkEmail(t, '')).toBe('form.required');
    expect(checkEmail(t, 'not an address')).toBe('form.emailInvalid');
    expect(checkEmail(t, ' ada@example.test ')).toBeUndefined();
  });

  it('wants a new password of at least 10 characters, repeated the same', () => {
    expect(checkNewPassword(t, '')).toBe('form.required');
    expect(checkNewPassword(t, '123456789')).toBe('form.passwordTooShort:10');
    expect(checkNewPassword(t, '1234567890')).toBeUndefined();
    expect(checkRepeat(t, '', 'secret secret')).toBe('form.required');
    expect(checkRepeat(t, 'secret', 'secret secret')).toBe('form.passwordsDiffer');
    expect(checkRepeat(t, 'secret secret', 'secret secret')).toBeUndefined();
  });

  it('says whether any field has an error', () => {
    expect(hasErrors({ a: undefined, b: '' })).toBe(false);
    expect(hasErrors({ a: undefined, b: 'wrong' })).toBe(true);
  });
});

describe('problemErrors', () => {
  it('puts each problem at its field, and the rest in one general message', () => {
    const error = problem(400, [
      { field: 'email', message: 'must be an email address' },
      { field: 'password', message: 'is too short' },
      { field: 'password', message: 'is too common' },
      { field: 'other', message: 'is odd' },
    ]);
    expect(problemErrors(t, error, ['email', 'password'] as const)).toEqual({
      fields: { email: 'must be an email address', password: 'is too short; is too common' },
      general: 'other: is odd',
    });
  });

  it('falls back to the problem’s detail, then its title, when no field is named', () => {
    expect(problemErrors(t, problem(409, undefined, 'Already set up'), ['email'] as const)).toEqual({ fields: {}, general: 'Already set up' });
    expect(problemErrors(t, problem(500), ['email'] as const)).toEqual({ fields: {}, general: 'The request is not valid' });
  });

  it('says how long to wait after too many wrong passwords, in the page’s words', () => {
    const wait = (seconds: number | null) => new ApiError('http', 'test', 429, { type: 'about:blank', title: 'Too many', status: 429, detail: 'Wait 15 minute(s)' }, seconds);
    expect(problemErrors(t, wait(900), ['password'] as const)).toEqual({ fields: {}, general: 'signIn.waitMinutes:15' });
    expect(problemErrors(t, wait(30), ['password'] as const)).toEqual({ fields: {}, general: 'signIn.waitSeconds:30' });
    expect(problemErrors(t, wait(null), ['password'] as const)).toEqual({ fields: {}, general: 'signIn.tooMany' });
  });

  it('says so when the server cannot be reached, or something else went wrong', () => {
    expect(problemErrors(t, new ApiError('unreachable', 'down'), [])).toEqual({ fields: {}, general: 'error.unreachableTitle' });
    expect(problemErrors(t, new Error('boom'), [])).toEqual({ fields: {}, general: 'form.failed' });
  });
});
