import type { TFunction } from 'i18next';
import { MIN_PASSWORD_LENGTH } from './access.ts';
import { ApiError } from './http.ts';

/**
 * Form errors: what the page checks before sending (required fields, an email's shape, the
 * password's length, a repeated password), and a problem's `errors[]` mapped to the form's fields.
 */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export function hasErrors(errors: FieldErrors<string>): boolean {
  return Object.values(errors).some(Boolean);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkRequired(t: TFunction, value: string): string | undefined {
  return value.trim() === '' ? t('form.required') : undefined;
}

export function checkEmail(t: TFunction, value: string): string | undefined {
  if (value.trim() === '') return t('form.required');
  return EMAIL.test(value.trim()) ? undefined : t('form.emailInvalid');
}

export function checkNewPassword(t: TFunction, value: string): string | undefined {
  if (value === '') return t('form.required');
  return value.length < MIN_PASSWORD_LENGTH ? t('form.passwordTooShort', { count: MIN_PASSWORD_LENGTH }) : undefined;
}

export function checkRepeat(t: TFunction, value: string, password: string): string | undefined {
  if (value === '') return t('form.required');
  return value === password ? undefined : t('form.passwordsDiffer');
}

/** How long to wait before trying again, in words: seconds under two minutes, else minutes. */
export function waitText(t: TFunction, seconds: number | null): string {
  if (seconds === null) return t('signIn.tooMany');
  if (seconds < 120) return t('signIn.waitSeconds', { count: Math.max(1, seconds) });
  return t('signIn.waitMinutes', { count: Math.ceil(seconds / 60) });
}

/**
 * Splits a failed request into messages at the form's own fields and one message for the form as
 * a whole (a field the form does not have, or no field at all).
 */
export function problemErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fields: readonly F[],
): { fields: FieldErrors<F>; general: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, general: t('form.failed') };
  if (error.kind === 'unreachable') return { fields: {}, general: t('error.unreachableTitle') };
  // Too many wrong passwords (sign-in, an invitation, a password change): the reader's language, not the server's.
  if (error.status === 429) return { fields: {}, general: waitText(t, error.retryAfterSeconds) };
  const found: FieldErrors<F> = {};
  const elsewhere: string[] = [];
  for (const issue of error.problem?.errors ?? []) {
    const field = fields.find((f) => f === issue.field);
    if (field) found[field] = found[field] ? `${found[field]}; ${issue.message}` : issue.message;
    else elsewhere.push(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
  }
  let general: string | null = null;
  if (elsewhere.length > 0) general = elsewhere.join('; ');
  else if (!hasErrors(found)) general = error.problem?.detail ?? error.problem?.title ?? t('form.failed');
  return { fields: found, general };
}
